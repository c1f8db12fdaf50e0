namespace Platform.Api.Features.Organizations.Administration;

public sealed record UpdateOrganizationInput(string? Name, string? TimeZone, string? Currency);
