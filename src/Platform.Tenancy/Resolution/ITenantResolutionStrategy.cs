using Microsoft.AspNetCore.Http;

namespace Platform.Tenancy.Resolution;

/// <summary>Finds the tenant slug a request names, or null when this strategy does not apply.</summary>
public interface ITenantResolutionStrategy
{
    string? GetIdentifier(HttpContext context);
}
