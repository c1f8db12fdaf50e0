using Platform.Tenancy;

namespace Platform.Api.Features.Organizations;

/// <summary>
/// An emailed invitation to join an organization with the given roles. Only a hash of the token is
/// stored, so a database leak does not leak usable invitation links.
/// </summary>
public sealed class Invitation : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public string Email { get; set; } = "";

    public StaffRole? StaffRole { get; set; }

    public List<string> CustomerRoles { get; set; } = [];

    public string TokenHash { get; set; } = "";

    public Guid InvitedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public Guid? AcceptedByUserId { get; set; }
}
