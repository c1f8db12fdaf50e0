using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Platform.Api.Features.Integrations.Domain;

namespace Platform.Api.Features.Integrations.Webhooks.Dispatch;

/// <summary>
/// The HttpClient webhooks go out through: no redirects, no cookies, no proxy, and a connect callback that resolves
/// the host itself and connects only to an address the SSRF rule allows — the address actually used, so a DNS answer
/// that changed since the URL was checked (rebinding) is caught at the socket.
/// </summary>
public static class WebhookHttp
{
    public const string ClientName = "OutgoingWebhooks";

    public const string UserAgent = "Platform-Webhooks/1";

    public static IServiceCollection AddWebhookHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName, client =>
            {
                // The sender's own timeout (Webhooks:TimeoutSeconds) bounds each call.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var options = provider.GetRequiredService<IOptions<WebhooksOptions>>();
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseCookies = false,
                    UseProxy = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectTimeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds),
                    ConnectCallback = (context, cancellationToken) => ConnectAsync(context, options.Value.AllowLoopback, cancellationToken),
                };
            });
        return services;
    }

    private static async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context, bool allowLoopback, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        var allowed = addresses.Where(a => WebhookAddressRule.IsAllowed(a, allowLoopback)).ToList();
        if (allowed.Count == 0)
            throw new HttpRequestException(
                $"Refused: {endpoint.Host} resolves to no public address ({string.Join(", ", addresses.Select(a => a.ToString()))}).");

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
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
