namespace Platform.Api.Features.Organizations.Administration;

public sealed record UpdateOrganizationInput(
    string? Name, string? TimeZone, string? Currency, string? LogoUrl = null, string? BrandColor = null, string? DefaultLanguage = null);
