using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Features.Payments.Webhooks;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.Stripe;

namespace Platform.IntegrationTests.PaymentTests;

/// <summary>
/// One organization's Stripe events and ids never reach another's bookings; administrators see only their
/// own money; no secret reaches a log line or a GraphQL error.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PaymentIsolationTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private Payments Payments => _bookings.Payments;

    private async Task<string?> OutcomeAsync(string eventId)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ProcessStripeEventJob>().RunAsync(eventId, CancellationToken.None);
        // The job the webhook enqueued may hold the event (this run then leaves it to that one): wait for its outcome.
        string? outcome = null;
        await Eventually.TrueAsync(async () => (outcome = await Payments.ScalarAsync<string>(
            "SELECT outcome FROM platform.stripe_events WHERE event_id = $1", eventId)) is not null, $"the outcome of {eventId}");
        return outcome;
    }

    private static string Event(string type, JsonObject data, string? account = null)
    {
        var json = new JsonObject
        {
            ["id"] = "evt_forged_" + Guid.NewGuid().ToString("N"),
            ["object"] = "event",
            ["type"] = type,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["data"] = new JsonObject { ["object"] = data },
        };
        if (account is not null) json["account"] = account;
        return json.ToJsonString();
    }

    /// <summary>Posts a correctly signed event (as if Stripe sent it) and processes it; returns its outcome.</summary>
    private async Task<string?> SendAsync(string body, bool connect)
    {
        var path = connect ? "/webhooks/stripe/connect" : "/webhooks/stripe";
        Assert.Equal(200, await app.Stripe.PostAsync(path, body, StripeFake.SignatureHeader(connect ? app.Stripe.ConnectWebhookSecret : app.Stripe.WebhookSecret, body)));
        return await OutcomeAsync(JsonNode.Parse(body)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_are_routed_by_the_object_and_account_the_platform_created_never_by_what_they_claim()
    {
        var a = await _bookings.ShopAsync();
        var b = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(b, price: 2_000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (booking, intent) = await Payments.PaidHoldAsync(_bookings, b, customer.Token, offering, Bookings.Slot());
        var id = booking["id"]!.GetValue<string>();
        JsonObject Authorized() => new()
        {
            ["id"] = intent, ["object"] = "payment_intent", ["status"] = "requires_capture", ["amount"] = 2000, ["amount_capturable"] = 2000, ["currency"] = "usd",
            ["metadata"] = new JsonObject { ["tenant_id"] = Catalog.Id(a.Org.Id, "Organization").ToString() },
        };

        // A Connect event from A's account about B's intent runs under A, where B's payment does not exist.
        Assert.StartsWith("ignored", await SendAsync(Event("payment_intent.amount_capturable_updated", Authorized(), a.StripeAccountId), connect: true), StringComparison.Ordinal);
        // An event of an account nobody here owns, and of an intent nobody created, reach no one.
        Assert.StartsWith("unrouted", await SendAsync(Event("account.updated", new JsonObject { ["id"] = "acct_stranger", ["object"] = "account", ["charges_enabled"] = true }, "acct_stranger"), connect: true), StringComparison.Ordinal);
        Assert.StartsWith("unrouted", await SendAsync(Event("payment_intent.succeeded", new JsonObject { ["id"] = "pi_stranger", ["object"] = "payment_intent", ["status"] = "succeeded" }), connect: false), StringComparison.Ordinal);
        // A's payouts and account events stay A's.
        await SendAsync(Event("payout.paid", new JsonObject { ["id"] = "po_" + Guid.NewGuid().ToString("N"), ["object"] = "payout", ["status"] = "paid", ["amount"] = 999, ["currency"] = "usd" }, a.StripeAccountId), connect: true);
        var unchanged = await _bookings.BookingAsync(b, customer.Token, id);
        Assert.Equal(("HELD", "REQUIRES_PAYMENT"), (unchanged!["status"]!.GetValue<string>(), unchanged["paymentStatus"]!.GetValue<string>()));
        Assert.Equal(0L, await _bookings.ScalarAsync<long>(b.Org, "SELECT count(*) FROM payouts"));
        Assert.Equal(1L, await _bookings.ScalarAsync<long>(a.Org, "SELECT count(*) FROM payouts"));

        // The same intent's real event, whatever tenant its metadata names, goes to B, which created it.
        await app.Stripe.AuthorizeAsync(intent);
        await Payments.UntilAsync(_bookings, b, id, "CONFIRMED", "CAPTURED");
        Assert.Equal(Catalog.Id(b.Org.Id, "Organization"), await Payments.ScalarAsync<Guid>("SELECT organization_id FROM platform.stripe_objects WHERE object_id = $1", intent));
        await MoneyInvariants.AssertAsync(app, a);
        await MoneyInvariants.AssertAsync(app, b);
    }

    [Fact]
    public async Task Foreign_ids_in_payment_calls_and_fields_find_nothing_and_administrators_see_only_their_own_ledger()
    {
        var a = await _bookings.ShopAsync();
        var b = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(b, price: 3_000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (booking, intent) = await Payments.PaidHoldAsync(_bookings, b, customer.Token, offering, Bookings.Slot());
        var id = booking["id"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intent);
        await Payments.UntilAsync(_bookings, b, id, "CONFIRMED", "CAPTURED");

        // B's booking through A's address: not found, by the same customer or by A's owner.
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await Payments.StartAsync(a.Org, customer.Token, new { bookingId = id }), "startPayment"));
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await Payments.StartAsync(a.Org, a.Org.Owner.Token, new { bookingId = id }), "startPayment"));
        var checkout = await _bookings.GraphQL.SendAsync("mutation($input: CheckoutSessionInput!) { createCheckoutSession(input: $input) { url userErrors { code } } }",
            new { input = new { bookingId = id, successUrl = "https://a.example/ok", cancelUrl = "https://a.example/no" } }, a.Org.Owner.Token, a.Org.Slug);
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(checkout, "createCheckoutSession"));
        Assert.Null((await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { id } }", new { id }, a.Org.Owner.Token, a.Org.Slug)).Data?["node"]);

        // Another customer of B sees neither the payment nor its refunds.
        var stranger = await _bookings.Accounts.SignUpAsync();
        Assert.Null((await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { payment { id } } } }", new { id }, stranger.Token, b.Org.Slug)).Data?["node"]);

        var window = new { from = DateTimeOffset.UtcNow.AddDays(-1), to = DateTimeOffset.UtcNow.AddDays(1) };
        const string Ledger = "query($from: DateTimeOffset!, $to: DateTimeOffset!) { ledger(from: $from, to: $to) { totals { gross } entries { edges { node { booking { id } } } } } }";
        var own = await _bookings.GraphQL.SendAsync(Ledger, window, b.Org.Owner.Token, b.Org.Slug);
        Assert.Equal(id, Assert.Single(own.Get("ledger.entries.edges").AsArray())!["node"]!["booking"]!["id"]!.GetValue<string>());
        var other = await _bookings.GraphQL.SendAsync(Ledger, window, a.Org.Owner.Token, a.Org.Slug);
        Assert.Empty(other.Get("ledger.entries.edges").AsArray());
        Assert.Empty(other.Get("ledger.totals").AsArray());
        // A's token at B's address is not an administrator there.
        var crossed = await _bookings.GraphQL.SendAsync(Ledger, window, a.Org.Owner.Token, b.Org.Slug);
        Assert.NotNull(crossed.Errors);
        Assert.Null(crossed.Data?["ledger"]);
        var customerLedger = await _bookings.GraphQL.SendAsync(Ledger, window, customer.Token, b.Org.Slug);
        Assert.NotNull(customerLedger.Errors);
        await MoneyInvariants.AssertAsync(app, a);
        await MoneyInvariants.AssertAsync(app, b);
    }

    [Fact]
    public async Task No_configured_secret_appears_in_logs_stored_errors_or_GraphQL_errors()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 1_200);
        var customer = await _bookings.Accounts.SignUpAsync();
        var booking = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() });

        // Failures on every path that reports one: a refused start, a failed capture retried by a job, a forged webhook.
        app.Stripe.FailNext("/v1/payment_intents");
        var refused = await Payments.StartAsync(shop.Org, customer.Token, new { bookingId = booking["id"]!.GetValue<string>() });
        Assert.Equal("PAYMENT_PROVIDER_ERROR", Bookings.ErrorCode(refused, "startPayment"));
        var intent = await Payments.StartForBookingAsync(shop.Org, customer.Token, booking["id"]!.GetValue<string>());
        app.Stripe.FailNext($"/v1/payment_intents/{intent}/capture");
        await app.Stripe.AuthorizeAsync(intent);
        await Payments.UntilAsync(_bookings, shop, booking["id"]!.GetValue<string>(), "CONFIRMED", "CAPTURED");
        Assert.Equal(400, await app.Stripe.PostAsync("/webhooks/stripe", "{}", "t=1,v1=" + app.Stripe.WebhookSecret));

        var secrets = new[] { app.Stripe.SecretKey, app.Stripe.WebhookSecret, app.Stripe.ConnectWebhookSecret };
        var texts = app.Logs.Entries.Select(e => e.ToString()).Append(refused.Body!.ToJsonString())
            .Append(await Payments.ScalarAsync<string>("SELECT coalesce(string_agg(last_error, ' '), '') FROM platform.stripe_events") ?? "").ToList();
        Assert.Contains(app.Logs.Entries, e => e.Message.Contains("PaymentGatewayException", StringComparison.Ordinal) || e.Message.Contains("failed", StringComparison.Ordinal));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.Ordinal));
            // Not even a recognisable part of one.
            Assert.DoesNotContain(texts, t => t.Contains(secret[^16..], StringComparison.Ordinal));
        }
        // Client secrets belong to the customer's browser only.
        var clientSecret = app.Stripe.Intent(intent).ClientSecret;
        Assert.DoesNotContain(texts, t => t.Contains(clientSecret, StringComparison.Ordinal));
        await MoneyInvariants.AssertAsync(app, shop);
    }
}
