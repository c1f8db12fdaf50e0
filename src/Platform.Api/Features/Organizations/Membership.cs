using Platform.Tenancy;

namespace Platform.Api.Features.Organizations;

/// <summary>
/// A user's place in one organization: an optional staff role and the organization's customer roles
/// (everyone is implicitly <c>public</c>). Readable by its own user from any tenant (their memberships list).
/// </summary>
public sealed class Membership : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public StaffRole? StaffRole { get; set; }

    /// <summary>Keys of <see cref="CustomerRole"/>s assigned to this member.</summary>
    public List<string> CustomerRoles { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsAdministrator => StaffRole is Organizations.StaffRole.Owner or Organizations.StaffRole.Admin;
}
