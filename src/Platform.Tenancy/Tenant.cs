namespace Platform.Tenancy;

/// <summary>An organization in the global tenant registry. Not tenant-owned: it has no tenant_id.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }

    /// <summary>URL-safe, unique, lower-case identifier used by every resolution strategy.</summary>
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>IANA time zone id, e.g. <c>Europe/London</c>.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>ISO 4217 currency code, upper case.</summary>
    public string Currency { get; set; } = "USD";

    /// <summary>Branding of the organization's emails and pages: an https logo URL and a #rrggbb colour.</summary>
    public string? LogoUrl { get; set; }

    public string? BrandColor { get; set; }

    /// <summary>The language of messages to people who chose none (en, de).</summary>
    public string DefaultLanguage { get; set; } = "en";

    public TenantStatus Status { get; set; } = TenantStatus.Active;

    public DateTimeOffset CreatedAt { get; set; }
}
