namespace Platform.Api.Features.Organizations.Administration;

public sealed record DefineCustomerRoleInput(string Key, string Name, string? Description);
