namespace Platform.Api.Features.Organizations;

/// <summary>What a member may do inside an organization. Customers have no staff role.</summary>
public enum StaffRole
{
    Owner,
    Admin,
    Provider,
    Staff,
}
