namespace Platform.Api.Features.Organizations;

public static class StaffRoles
{
    /// <summary>Roles that administer the organization: members, roles, settings.</summary>
    public static readonly StaffRole[] Administrators = [StaffRole.Owner, StaffRole.Admin];

    public static readonly StaffRole[] All = [StaffRole.Owner, StaffRole.Admin, StaffRole.Provider, StaffRole.Staff];
}
