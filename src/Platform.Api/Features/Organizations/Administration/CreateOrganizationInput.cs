namespace Platform.Api.Features.Organizations.Administration;

public sealed record CreateOrganizationInput(string Name, string Slug, string TimeZone, string Currency);
