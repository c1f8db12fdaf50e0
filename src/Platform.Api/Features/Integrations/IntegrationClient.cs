using Platform.Api.Features.Organizations;
using Platform.Tenancy;

namespace Platform.Api.Features.Integrations;

/// <summary>
/// An organization's API key: an OpenIddict client-credentials application (which holds the secret, hashed) bound to
/// this organization and a staff role. This row is the organization's view of it, isolated like every tenant table.
/// </summary>
public sealed class IntegrationClient : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>The OAuth client id (<c>int_…</c>).</summary>
    public string ClientId { get; set; } = "";

    public string Name { get; set; } = "";

    public StaffRole StaffRole { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RotatedAt { get; set; }

    /// <summary>When a token was last issued to it.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
