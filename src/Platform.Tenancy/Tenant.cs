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

    public TenantStatus Status { get; set; } = TenantStatus.Active;

    public DateTimeOffset CreatedAt { get; set; }
}
