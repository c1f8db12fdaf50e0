namespace Platform.Tenancy.Resolution;

/// <summary>What resolution found for a request; kept in HttpContext features.</summary>
public sealed record TenantResolutionResult(string? Identifier, Tenant? Tenant)
{
    public static readonly TenantResolutionResult None = new(null, null);
}
