using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.IntegrationTests.WebhookTests;

/// <summary>
/// An integrator's webhook receiver on a loopback port (real Kestrel): records every call and answers as the test
/// says (<see cref="Respond"/>: a status, after waiting if it likes), and verifies signatures as the README tells
/// integrators to, independently of the platform's code.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<Received> _received = new();
    private WebApplication _host = null!;

    public sealed record Received(string? WebhookId, string? Signature, string? ContentType, string? UserAgent, byte[] Body)
    {
        public string Text => Encoding.UTF8.GetString(Body);

        public System.Text.Json.Nodes.JsonNode Json => System.Text.Json.Nodes.JsonNode.Parse(Body)!;
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>How to answer call number n (0-based); 200 unless set.</summary>
    public Func<int, HttpContext, Task<int>> Respond { get; set; } = (_, _) => Task.FromResult(200);

    public IReadOnlyList<Received> Calls => [.. _received];

    /// <summary>Call number <paramref name="n"/> (0-based), or null before it came.</summary>
    public Received? Call(int n) => _received.ElementAtOrDefault(n);

    private int _count;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/hooks", async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var n = Interlocked.Increment(ref receiver._count) - 1;
            receiver._received.Enqueue(new Received(
                context.Request.Headers["Platform-Webhook-Id"].ToString(),
                context.Request.Headers["Platform-Signature"].ToString(),
                context.Request.ContentType,
                context.Request.Headers.UserAgent.ToString(),
                buffer.ToArray()));
            context.Response.StatusCode = await receiver.Respond(n, context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/hooks");
        receiver._host = app;
        return receiver;
    }

    /// <summary>
    /// The documented recipe: split the header on ',', take t and every v1; HMAC-SHA256 keyed with the secret (UTF-8) over
    /// "{t}.{raw body}", hex; compare in fixed time. True when some v1 matches.
    /// </summary>
    public static bool Verifies(Received call, string secret)
    {
        var parts = (call.Signature ?? "").Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var t = parts.FirstOrDefault(p => p[0] == "t")?[1];
        if (t is null) return false;
        var signed = Encoding.UTF8.GetBytes(t + ".").Concat(call.Body).ToArray();
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed)).ToLowerInvariant());
        return parts.Where(p => p[0] == "v1")
            .Any(p => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(p[1]), expected));
    }

    public static int SignatureCount(Received call) => (call.Signature ?? "").Split(',').Count(p => p.StartsWith("v1=", StringComparison.Ordinal));

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
