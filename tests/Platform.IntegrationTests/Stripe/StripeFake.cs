using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.IntegrationTests.Stripe;

/// <summary>
/// One request the fake received, as Stripe.net sent it (form fields flattened: <c>metadata[tenant_id]</c>). Status is
/// what the client saw: 0 when the connection dropped (<see cref="FakeFailure.ConnectionLost"/>).
/// </summary>
public sealed record FakeRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Form,
    string? IdempotencyKey,
    string? StripeVersion,
    int Status,
    bool Replayed);

/// <summary>How an injected failure behaves. Each is a 500 (or a lost connection) on a request that began executing.</summary>
public enum FakeFailure
{
    /// <summary>A 500 before anything was done; Stripe saves it for the idempotency key and replays it.</summary>
    Before,

    /// <summary>The request acted, then answered 500; that 500 is what the key replays.</summary>
    AfterActing,

    /// <summary>
    /// The request acted and Stripe saved its real answer, but the connection dropped before it arrived; a retry replays it.
    /// </summary>
    ConnectionLost,
}

/// <summary>
/// An HTTP server the real Stripe.net client talks to (<c>Stripe:ApiBase</c>), behaving as Stripe documents:
/// the PaymentIntent state machine with manual capture, lapsing authorizations and payment method types;
/// currency rules (zero- and three-decimal amounts, minimum charges); destination charges with their transfer,
/// proportional transfer reversals and application fee refunds; refunds (also from the Dashboard), disputes and
/// payouts; connected accounts that can be disabled or disconnect; Checkout Sessions; idempotency keys saved
/// once execution begins (500s included) for 24 hours; and events signed exactly as Stripe signs them, sent to
/// the platform's webhook endpoints (Connect events to the Connect endpoint). Each rule cites its page.
/// </summary>
public sealed partial class StripeFake : IAsyncDisposable
{
    public const string ApiVersion = "2026-10-28.endive";

    private readonly object _gate = new();
    private readonly Dictionary<string, FakeAccount> _accounts = [];
    private readonly Dictionary<string, FakePaymentIntent> _intents = [];
    private readonly Dictionary<string, FakeRefund> _refunds = [];
    private readonly Dictionary<string, FakeCheckoutSession> _sessions = [];
    private readonly Dictionary<string, FakeDispute> _disputes = [];
    private readonly Dictionary<string, FakeTransfer> _transfers = [];
    private readonly List<FakePayout> _payouts = [];
    private readonly Dictionary<string, IdempotencyEntry> _idempotency = [];
    private readonly List<FakeRequest> _requests = [];
    private readonly List<(string Match, FakeFailure Mode)> _failures = [];
    private readonly ConcurrentDictionary<string, List<(string RefreshUrl, string ReturnUrl)>> _accountLinks = new();
    private WebApplication? _host;

    public string SecretKey { get; } = "sk_test_fake_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    public string PublishableKey { get; } = "pk_test_fake_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    public string WebhookSecret { get; } = "whsec_platform_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public string ConnectWebhookSecret { get; } =
        "whsec_connect_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The platform's address, where events are sent; null sends nothing.</summary>
    public Uri? WebhookTarget { get; set; }

    /// <summary>Stripe's clock for created/expires_at: the platform's test clock, so moving one moves both.</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    /// <summary>How long an authorization stays capturable.</summary>
    public TimeSpan AuthorizationValidity { get; set; } = TimeSpan.FromDays(7);

    public static async Task<StripeFake> StartAsync()
    {
        var fake = new StripeFake();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        fake.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        fake._host = app;
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await WaitForDeliveriesAsync(TimeSpan.FromSeconds(5));
        if (_host is not null) await _host.DisposeAsync();
        _webhookClient.Dispose();
    }

    /// <summary>Every request so far, oldest first.</summary>
    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_gate) return [.. _requests];
        }
    }

    /// <summary>The next request whose path contains <paramref name="match"/> fails (500) before or after acting.</summary>
    public void FailNext(string match, FakeFailure mode = FakeFailure.Before)
    {
        lock (_gate) _failures.Add((match, mode));
    }

    public FakePaymentIntent Intent(string id)
    {
        lock (_gate) return _intents[id];
    }

    public FakeAccount Account(string id)
    {
        lock (_gate) return _accounts[id];
    }

    public FakeTransfer Transfer(string id)
    {
        lock (_gate) return _transfers[id];
    }

    /// <summary>The transfer a destination charge made at capture, if any.</summary>
    public FakeTransfer? TransferOf(string intentId)
    {
        lock (_gate) return _intents[intentId].TransferId is { } id ? _transfers[id] : null;
    }

    public IReadOnlyList<FakeDispute> DisputesOf(string intentId)
    {
        lock (_gate) return [.. _disputes.Values.Where(d => d.PaymentIntentId == intentId).OrderBy(d => d.Created)];
    }

    public FakeDispute Dispute(string id)
    {
        lock (_gate) return _disputes[id];
    }

    public IReadOnlyList<FakePayout> PayoutsOf(string accountId)
    {
        lock (_gate) return [.. _payouts.Where(p => p.AccountId == accountId).OrderByDescending(p => p.Sequence)];
    }

    public IReadOnlyList<FakeRefund> RefundsOf(string intentId)
    {
        lock (_gate) return [.. _refunds.Values.Where(r => r.PaymentIntentId == intentId).OrderBy(r => r.Sequence)];
    }

    public FakeCheckoutSession Session(string id)
    {
        lock (_gate) return _sessions[id];
    }

    /// <summary>
    /// The return URL of the latest account link for <paramref name="accountId"/> (where Stripe sends the administrator back).
    /// </summary>
    public string? ReturnUrlOf(string accountId) => _accountLinks.TryGetValue(accountId, out var links) ? links[^1].ReturnUrl : null;

    public string? RefreshUrlOf(string accountId) => _accountLinks.TryGetValue(accountId, out var links) ? links[^1].RefreshUrl : null;

    private static string NewId(string prefix) => prefix + "_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    private long _sequence;

    /// <summary>A total order for objects made in the same second (lists are newest first).</summary>
    private long NextSequence() => ++_sequence;

    private long Unix() => Now().ToUnixTimeSeconds();

    private static string V1(string secret, long timestamp, string body) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")))
            .ToLowerInvariant();

    /// <summary>A Stripe-Signature header for <paramref name="body"/>, as Stripe computes it (for tests that tamper with it).</summary>
    public static string SignatureHeader(string secret, string body, DateTimeOffset? at = null) => SignatureHeader([secret], body, at);

    /// <summary>
    /// The header Stripe sends while an endpoint's secret is being rolled: one timestamp and a v1 signature per
    /// active secret (https://docs.stripe.com/webhooks#roll-endpoint-secrets, https://docs.stripe.com/webhooks#verify-manually).
    /// </summary>
    public static string SignatureHeader(IEnumerable<string> secrets, string body, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        return $"t={timestamp}," + string.Join(",", secrets.Select(s => "v1=" + V1(s, timestamp, body)));
    }

    /// <summary>Stripe's error shape: https://docs.stripe.com/api/errors (type, code, message, param).</summary>
    private static JsonObject Error(string type, string? code, string message, string? param = null)
    {
        var error = new JsonObject { ["type"] = type, ["code"] = code, ["message"] = message };
        if (param is not null) error["param"] = param;
        return new JsonObject { ["error"] = error };
    }
}
