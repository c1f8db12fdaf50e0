using System.Security.Claims;
using Platform.Api.Features.Organizations;
using Platform.Tenancy;

namespace Platform.Api.GraphQL.Execution;

/// <summary>
/// Who is asking, in which organization, with which role: built once per request before validation
/// so the authorization rule and resolvers read the same facts.
/// </summary>
public sealed class PlatformUserContext : Dictionary<string, object?>
{
    public ClaimsPrincipal Principal { get; init; } = new(new ClaimsIdentity());

    /// <summary>The signed-in user; null for anonymous callers and integration clients.</summary>
    public Guid? UserId { get; init; }

    /// <summary>The organization resolved for this request, if any.</summary>
    public Tenant? Tenant { get; init; }

    /// <summary>The user's membership in <see cref="Tenant"/>, if they have one.</summary>
    public Membership? Membership { get; init; }

    /// <summary>An integration client's staff role, when a client-credentials token acts in its own organization.</summary>
    public StaffRole? ClientStaffRole { get; init; }

    /// <summary>True when the token belongs to a different organization than the resolved one.</summary>
    public bool TokenTenantMismatch { get; init; }

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    /// <summary>The staff role this caller acts with in the resolved organization.</summary>
    public StaffRole? StaffRole => TokenTenantMismatch ? null : Membership?.StaffRole ?? ClientStaffRole;

    public bool IsMember => !TokenTenantMismatch && (Membership is not null || ClientStaffRole is not null);

    public bool HasStaffRole(IReadOnlyCollection<StaffRole> roles) => StaffRole is { } role && (roles.Count == 0 || roles.Contains(role));
}
