using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Modules.Payments;

namespace Platform.UnitTests.Payments;

public sealed class StripeWebhooksTests
{
    private const string Secret = "whsec_unit_test_secret";
    private const string ConnectSecret = "whsec_unit_connect_secret";

    private static readonly StripeWebhooks Webhooks = new(Options.Create(new StripeOptions { WebhookSecret = Secret, ConnectWebhookSecret = ConnectSecret, WebhookToleranceSeconds = 300 }));

    private const string IntentEvent = """
        {"id":"evt_1","object":"event","api_version":"2026-10-28.endive","created":1764590400,"type":"payment_intent.amount_capturable_updated",
         "data":{"object":{"id":"pi_1","object":"payment_intent","status":"requires_capture","amount":5000,"amount_capturable":5000,"amount_received":0,"currency":"usd",
         "metadata":{"booking_id":"b1","nested":{"x":1}},"last_payment_error":{"code":"card_declined"}}}}
        """;

    private static string Sign(string secret, string body, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds();
        return $"t={t},v1={Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}"))).ToLowerInvariant()}";
    }

    [Fact]
    public void A_signature_is_checked_with_the_endpoints_own_secret_and_a_timestamp_tolerance()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.Null(Webhooks.Verify(WebhookEndpoint.Platform, IntentEvent, Sign(Secret, IntentEvent, now)));
        Assert.Null(Webhooks.Verify(WebhookEndpoint.Connect, IntentEvent, Sign(ConnectSecret, IntentEvent, now)));
        Assert.NotNull(Webhooks.Verify(WebhookEndpoint.Connect, IntentEvent, Sign(Secret, IntentEvent, now)));
        Assert.NotNull(Webhooks.Verify(WebhookEndpoint.Platform, IntentEvent, Sign(Secret, IntentEvent, now.AddMinutes(-6))));
        Assert.NotNull(Webhooks.Verify(WebhookEndpoint.Platform, IntentEvent + " ", Sign(Secret, IntentEvent, now)));
        Assert.NotNull(Webhooks.Verify(WebhookEndpoint.Platform, IntentEvent, null));
        Assert.NotNull(Webhooks.Verify(WebhookEndpoint.Platform, IntentEvent, "v1=abc"));
        var unconfigured = new StripeWebhooks(Options.Create(new StripeOptions()));
        Assert.NotNull(unconfigured.Verify(WebhookEndpoint.Platform, IntentEvent, Sign(Secret, IntentEvent, now)));
    }

    [Fact]
    public void An_event_is_read_by_field_whatever_else_it_carries()
    {
        var e = StripeWebhooks.Parse(IntentEvent)!;
        Assert.Equal(("evt_1", "payment_intent.amount_capturable_updated", "pi_1", "pi_1", "requires_capture"), (e.Id, e.Type, e.ObjectId, e.PaymentIntentId, e.Status));
        Assert.Equal((5000L, 5000L, 0L, "USD"), (e.Amount!.Value, e.AmountCapturable!.Value, e.AmountReceived!.Value, e.Currency));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764590400), e.Created);
        Assert.Equal("b1", Assert.Single(e.Metadata).Value);
        Assert.Equal("card_declined", e.Reason);

        var account = StripeWebhooks.Parse("""{"id":"evt_2","type":"account.updated","account":"acct_9","data":{"object":{"id":"acct_9","object":"account","charges_enabled":true,"payouts_enabled":false,"requirements":{"currently_due":["external_account"]}}}}""")!;
        Assert.Equal(("acct_9", true, false, "external_account"), (account.AccountId, account.ChargesEnabled, account.PayoutsEnabled, Assert.Single(account.Requirements)));

        var refund = StripeWebhooks.Parse("""{"id":"evt_3","type":"refund.failed","data":{"object":{"id":"re_1","object":"refund","payment_intent":"pi_7","status":"failed","failure_reason":"lost_or_stolen_card","amount":100}}}""")!;
        Assert.Equal(("re_1", "pi_7", "lost_or_stolen_card"), (refund.ObjectId, refund.PaymentIntentId, refund.Reason));

        Assert.Null(StripeWebhooks.Parse("""{"object":"event"}"""));
        Assert.Null(StripeWebhooks.Parse("[]"));
    }

    [Fact]
    public void Key_shaped_text_in_provider_messages_is_masked()
    {
        var scrubbed = StripePaymentGateway.Scrub("Invalid API Key provided: sk_test_51Habcdefghijklmnop and whsec_abcdef123456");
        Assert.DoesNotContain("abcdefghijklmnop", scrubbed, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdef123456", scrubbed, StringComparison.Ordinal);
    }
}
