using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Modules.Payments;

namespace Platform.UnitTests.Payments;

/// <summary>Stripe-Signature as Stripe sends it during a secret roll, and the tolerance in both directions.</summary>
public sealed class WebhookSignatureTests
{
    private const string Old = "whsec_old_secret";
    private const string New = "whsec_new_secret";
    private const string Body = """{"id":"evt_9","type":"payment_intent.succeeded","created":1764590400,"data":{"object":{"id":"pi_9","object":"payment_intent"}}}""";

    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_764_590_400);

    private static string V1(string secret, long t) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{Body}"))).ToLowerInvariant();

    private static string Header(DateTimeOffset at, params string[] secrets) =>
        $"t={at.ToUnixTimeSeconds()}," + string.Join(",", secrets.Select(s => "v1=" + V1(s, at.ToUnixTimeSeconds())));

    private static StripeWebhooks With(string secret) => new(Options.Create(new StripeOptions { WebhookSecret = secret, WebhookToleranceSeconds = 300 }));

    [Fact]
    public void During_a_roll_either_secret_verifies_a_header_with_two_v1_values()
    {
        var header = Header(Now, Old, New);
        Assert.Null(With(New).Verify(WebhookEndpoint.Platform, Body, header, Now));
        Assert.Null(With(Old).Verify(WebhookEndpoint.Platform, Body, header, Now));
        Assert.NotNull(With("whsec_someone_else").Verify(WebhookEndpoint.Platform, Body, header, Now));
        // The platform rotating its own setting: either listed secret is accepted.
        Assert.Null(With($"{New}, {Old}").Verify(WebhookEndpoint.Platform, Body, Header(Now, Old), Now));
    }

    [Theory]
    [InlineData(-301, false)]
    [InlineData(-300, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public void A_timestamp_further_than_the_tolerance_either_way_is_refused(int secondsFromNow, bool accepted)
    {
        var refusal = With(New).Verify(WebhookEndpoint.Platform, Body, Header(Now.AddSeconds(secondsFromNow), New), Now);
        Assert.Equal(accepted, refusal is null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("t=abc,v1=00")]
    [InlineData("v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=1764590400")]
    [InlineData("t=1764590400,v1=zz")]
    [InlineData("t=1764590400,v0=0000000000000000000000000000000000000000000000000000000000000000")]
    public void Malformed_headers_are_refused(string header) =>
        Assert.NotNull(With(New).Verify(WebhookEndpoint.Platform, Body, header, Now));
}
