namespace Platform.Api.Features.Organizations.Members;

public sealed record MemberInput(string Email, StaffRole? StaffRole, IReadOnlyList<string>? CustomerRoles);
