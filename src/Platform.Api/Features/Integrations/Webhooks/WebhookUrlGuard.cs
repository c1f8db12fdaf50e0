using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Platform.Api.Features.Integrations.Domain;

namespace Platform.Api.Features.Integrations.Webhooks;

/// <summary>
/// Checks an endpoint URL when an administrator gives it: its form (<see cref="WebhookUrlRule"/>) and every address
/// its host resolves to (<see cref="WebhookAddressRule"/>). The sender checks again the address it actually connects
/// to (<see cref="Dispatch.WebhookHttp"/>), so a name that later resolves elsewhere (DNS rebinding) gets nowhere.
/// </summary>
public sealed class WebhookUrlGuard(IOptions<WebhooksOptions> options)
{
    public async Task<(Uri? Url, string? Refusal)> CheckAsync(string? text, CancellationToken cancellationToken)
    {
        var allowLoopback = options.Value.AllowLoopback;
        var (url, refusal) = WebhookUrlRule.Check(text, allowLoopback);
        if (url is null) return (null, refusal);
        IPAddress[] addresses;
        if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal)) addresses = [literal];
        else
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                addresses = await Dns.GetHostAddressesAsync(url.IdnHost, timeout.Token);
            }
            catch (Exception e) when (e is SocketException or ArgumentException or OperationCanceledException
                                      && !cancellationToken.IsCancellationRequested)
            {
                return (null, $"The host '{url.IdnHost}' does not resolve.");
            }
        }

        if (addresses.Length == 0) return (null, $"The host '{url.IdnHost}' does not resolve.");
        if (addresses.FirstOrDefault(a => !WebhookAddressRule.IsAllowed(a, allowLoopback)) is { } refused)
            return (null, $"The URL resolves to {refused}, a private, loopback, link-local or otherwise non-public address.");
        return (url, null);
    }
}
