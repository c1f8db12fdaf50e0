using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.Modules.Http;

namespace Platform.Modules.Calendars.Ics;

public static class IcsCalendarRegistration
{
    public const string HttpClientName = "IcsFeeds";

    /// <summary>
    /// Registers the module: its settings, the feed client and <see cref="IcsCalendarSource"/>. The client follows a few
    /// redirects (feeds move between hosts), keeps no cookies, uses no proxy, and connects through a callback that resolves
    /// the host itself and refuses when any address is not public — at the socket, so every redirect hop and a DNS answer
    /// that changed since the URL was pasted (rebinding) are judged by the address actually used.
    /// </summary>
    public static IHostApplicationBuilder AddIcsCalendar(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<IcsOptions>(IcsOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddTransient<RetryAfterHandler>();
        builder.Services.AddHttpClient(HttpClientName, client =>
            {
                // IcsCalendarSource bounds the whole fetch, body included, with IcsOptions.TimeoutSeconds.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Platform-Calendars/1");
            })
            .AddHttpMessageHandler<RetryAfterHandler>()
            .ConfigurePrimaryHttpMessageHandler(services =>
            {
                var options = services.GetRequiredService<IOptions<IcsOptions>>().Value;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = true,
                    MaxAutomaticRedirections = 3,
                    UseCookies = false,
                    UseProxy = false,
                    AutomaticDecompression = DecompressionMethods.All,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
                    ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, options.AllowLoopback, ct),
                };
            });
        builder.Services.AddSingleton<IcsCalendarSource>();
        return builder;
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowLoopback, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, ct);
        // Every address must be public: with a mix, which one the connection gets is the resolver's choice, not ours.
        if (addresses.Length == 0 || !addresses.All(a => IcsAddressRule.IsAllowed(a, allowLoopback)))
            throw new CalendarRejectedException($"The feed's host {endpoint.Host} is not a public address.", 400);

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new HttpRequestException($"Could not connect to {endpoint.Host}:{endpoint.Port}.", last);
    }
}
