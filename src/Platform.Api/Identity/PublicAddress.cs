using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Platform.Api.Identity;

/// <summary>
/// The address people and apps reach Platform at: the OAuth issuer and the base of links in emails.
/// <c>Platform:PublicUrl</c> when set (required behind an ingress, where the listening address is internal);
/// otherwise the address this server listens on, so <c>ASPNETCORE_URLS=http://localhost:5050 ./platform up</c>
/// issues tokens and discovery for port 5050. Never the request's Host header: a forged Host would
/// otherwise put an attacker's address into password-reset links.
/// </summary>
public sealed class PublicAddress(IOptions<PlatformOptions> options, IServer server)
{
    private Uri? _base;

    /// <summary>The base URL, ending in a slash.</summary>
    public Uri Base => _base ??= Resolve();

    /// <summary>An absolute link to <paramref name="pathAndQuery"/> (which starts without a slash).</summary>
    public string Link(string pathAndQuery) => new Uri(Base, pathAndQuery).AbsoluteUri;

    private Uri Resolve()
    {
        if (options.Value.PublicUrl is { Length: > 0 } configured) return WithSlash(new Uri(configured));

        // Read only once the server listens (the first request), so a port chosen at bind time (0) is known.
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no address yet; set Platform:PublicUrl.");
        var uri = new UriBuilder(address
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal));
        // A wildcard binding is not an address anyone can use; on this machine it answers at localhost.
        if (uri.Host is "0.0.0.0" or "[::]" or "::") uri.Host = "localhost";
        return WithSlash(uri.Uri);
    }

    private static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
