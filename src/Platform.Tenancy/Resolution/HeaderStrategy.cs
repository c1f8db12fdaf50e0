using Microsoft.AspNetCore.Http;

namespace Platform.Tenancy.Resolution;

/// <summary>The <c>X-Tenant</c> header (or another name) carries the slug; used by mobile clients.</summary>
public sealed class HeaderStrategy(string headerName = HeaderStrategy.DefaultHeader) : ITenantResolutionStrategy
{
    public const string DefaultHeader = "X-Tenant";

    public string? GetIdentifier(HttpContext context)
    {
        var value = context.Request.Headers[headerName].ToString().Trim();
        return value.Length == 0 ? null : value.ToLowerInvariant();
    }
}
