using Microsoft.AspNetCore.Http;

namespace Platform.Tenancy.Resolution;

/// <summary><c>{slug}.{domain}</c>: the left-most label of a host under the configured domain.</summary>
public sealed class HostStrategy(string domain) : ITenantResolutionStrategy
{
    private readonly string _suffix = "." + domain.Trim('.').ToLowerInvariant();

    public string? GetIdentifier(HttpContext context)
    {
        var host = context.Request.Host.Host.ToLowerInvariant();
        if (!host.EndsWith(_suffix, StringComparison.Ordinal)) return null;
        var label = host[..^_suffix.Length];
        return label.Length == 0 || label.Contains('.', StringComparison.Ordinal) ? null : label;
    }
}
