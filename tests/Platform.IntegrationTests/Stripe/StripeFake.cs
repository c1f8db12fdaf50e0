using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.IntegrationTests.Stripe;

/// <summary>One request the fake received, as Stripe.net sent it (form fields flattened: <c>metadata[tenant_id]</c>).</summary>
public sealed record FakeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form, string? IdempotencyKey, string? StripeVersion, int Status, bool Replayed);

/// <summary>How an injected failure behaves: refuse before acting, or act and then lose the answer.</summary>
public enum FakeFailure
{
    Before,
    AfterActing,
}

/// <summary>
/// An HTTP server the real Stripe.net client talks to (<c>Stripe:ApiBase</c>). It models what the platform
/// relies on: the PaymentIntent state machine with manual capture (errors on double capture, cancel after
/// capture), refunds, connected accounts and account links, Checkout Sessions, idempotency-key replay
/// (same key and different parameters: an error), and events signed exactly as Stripe signs them, sent to
/// the platform's webhook endpoints (Connect events to the Connect endpoint).
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
    private readonly Dictionary<string, (string Fingerprint, int Status, string Body)?> _idempotency = [];
    private readonly List<FakeRequest> _requests = [];
    private readonly List<(string Match, FakeFailure Mode)> _failures = [];
    private readonly ConcurrentDictionary<string, List<(string RefreshUrl, string ReturnUrl)>> _accountLinks = new();
    private WebApplication? _host;

    public string SecretKey { get; } = "sk_test_fake_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    public string PublishableKey { get; } = "pk_test_fake_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    public string WebhookSecret { get; } = "whsec_platform_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public string ConnectWebhookSecret { get; } = "whsec_connect_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

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
        fake.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
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

    public IReadOnlyList<FakeRefund> RefundsOf(string intentId)
    {
        lock (_gate) return [.. _refunds.Values.Where(r => r.PaymentIntentId == intentId).OrderBy(r => r.Created).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    public FakeCheckoutSession Session(string id)
    {
        lock (_gate) return _sessions[id];
    }

    /// <summary>The return URL of the latest account link for <paramref name="accountId"/> (where Stripe sends the administrator back).</summary>
    public string? ReturnUrlOf(string accountId) => _accountLinks.TryGetValue(accountId, out var links) ? links[^1].ReturnUrl : null;

    public string? RefreshUrlOf(string accountId) => _accountLinks.TryGetValue(accountId, out var links) ? links[^1].RefreshUrl : null;

    private static string NewId(string prefix) => prefix + "_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    private long Unix() => Now().ToUnixTimeSeconds();

    private static string Sign(string secret, long timestamp, string body)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexString(hash).ToLowerInvariant()}";
    }

    /// <summary>A Stripe-Signature header for <paramref name="body"/>, as Stripe computes it (for tests that tamper with it).</summary>
    public static string SignatureHeader(string secret, string body, DateTimeOffset? at = null) =>
        Sign(secret, (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(), body);

    private static JsonObject Error(string type, string? code, string message) =>
        new() { ["error"] = new JsonObject { ["type"] = type, ["code"] = code, ["message"] = message } };
}
