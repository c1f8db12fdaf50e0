namespace Platform.Api.Identity;

/// <summary>
/// What the token endpoint and the request pipeline ask about an integration client (an API key): whether its
/// organization revoked it, and that a token was just issued to it. The Integrations feature answers.
/// </summary>
public interface IIntegrationClientUsage
{
    /// <summary>True when the organization revoked the client: its tokens are refused even before they expire.</summary>
    Task<bool> IsRevokedAsync(string clientId, Guid tenantId, CancellationToken cancellationToken);

    /// <summary>Records that a token was issued to the client (when it was last used), at most once a minute.</summary>
    Task TokenIssuedAsync(string clientId, Guid tenantId, CancellationToken cancellationToken);
}
