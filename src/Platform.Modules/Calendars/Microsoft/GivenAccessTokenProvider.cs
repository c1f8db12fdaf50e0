using Microsoft.Kiota.Abstractions.Authentication;

namespace Platform.Modules.Calendars.Microsoft;

/// <summary>
/// Hands the Graph SDK the access token the platform holds for the connection: the platform refreshes and stores
/// tokens itself, so the SDK must not try to acquire any.
/// </summary>
internal sealed class GivenAccessTokenProvider(string accessToken) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(
        Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(accessToken);
}
