namespace Platform.Api.Features.Organizations;

public sealed record CreateOrganizationInput(string Name, string Slug, string TimeZone, string Currency);

public sealed record UpdateOrganizationInput(string? Name, string? TimeZone, string? Currency);

public sealed record MemberInput(string Email, StaffRole? StaffRole, IReadOnlyList<string>? CustomerRoles);

public sealed record DefineCustomerRoleInput(string Key, string Name, string? Description);
