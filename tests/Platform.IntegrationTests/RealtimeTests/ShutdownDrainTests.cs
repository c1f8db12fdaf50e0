using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.RealtimeTests;

/// <summary>
/// SIGTERM on an instance (Kubernetes stopping a pod in a rolling update): readiness turns off, every graphql-ws
/// connection is closed with 1001 (going away) so its client reconnects to another instance, every graphql-sse stream
/// ends without <c>complete</c> (so its client subscribes again), and the host then stops at once instead of waiting
/// out its shutdown timeout for sockets that would never end by themselves.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ShutdownDrainTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task Stopping_closes_websockets_with_1001_ends_event_streams_and_turns_readiness_off()
    {
        var second = await SecondInstance.StartAsync(app);
        var gate = new TaskCompletionSource();
        try
        {
            var lifetime = second.Services.GetRequiredService<IHostApplicationLifetime>();
            // Holds the host between ApplicationStopping and the server's stop (Kestrel still accepting), as the window
            // between SIGTERM and the end of the drain is. Registered first, so it runs last (callbacks run in reverse).
            lifetime.ApplicationStopping.Register(() => gate.Task.Wait(TimeSpan.FromSeconds(20)));
            var shop = await _bookings.ShopAsync(payments: false);
            await using var ws = await WsClient.OpenAsync(second.BaseAddress, shop.Org.Owner.Token, shop.Org.Slug);
            await ws.SubscribeAsync("b", Live.BookingChanged);
            await using var sse = await SseClient.StartAsync(second.BaseAddress, shop.Org.Slug, shop.Org.Owner.Token, Live.BookingChanged);
            await Live.SubscribedAsync(second, shop.Org, 2);
            using var http = second.Http();
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);

            // What the host does first on SIGTERM (ConsoleLifetime): ApplicationStopping (on another thread: the gate blocks).
            var stopping = Stopwatch.StartNew();
            _ = Task.Run(lifetime.StopApplication);

            Assert.Equal(1001, await ws.ClosedAsync(TimeSpan.FromSeconds(5)));
            Assert.Equal("Server shutting down", ws.CloseReason);
            Assert.Null(await sse.NextEventAsync(TimeSpan.FromSeconds(5)));
            await Live.SubscribedAsync(second, shop.Org, 0);
            using (var fresh = second.Http())
                Assert.Equal(HttpStatusCode.ServiceUnavailable, (await fresh.GetAsync("/health/ready")).StatusCode);
            // A socket accepted while stopping is told to go at once.
            await using (var late = await WsClient.ConnectAsync(second.BaseAddress))
                Assert.Equal(1001, await late.ClosedAsync(TimeSpan.FromSeconds(5)));

            // Nothing is left open, so the host stops long before its shutdown timeout (30 s by default).
            gate.SetResult();
            await second.DisposeAsync();
            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"stopping took {stopping.Elapsed}");
        }
        finally
        {
            gate.TrySetResult();
            await second.DisposeAsync();
        }
    }

    /// <summary>The chart sets the host's shutdown timeout with the plain key `shutdownTimeoutSeconds` (README, operations.md).</summary>
    [Fact]
    public async Task The_shutdown_timeout_is_the_shutdownTimeoutSeconds_setting()
    {
        await using var second = await SecondInstance.StartAsync(app, ("shutdownTimeoutSeconds", "7"));
        Assert.Equal(TimeSpan.FromSeconds(7), second.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostOptions>>().Value.ShutdownTimeout);
    }
}
