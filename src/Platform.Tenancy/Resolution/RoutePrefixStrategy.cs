using Microsoft.AspNetCore.Http;

namespace Platform.Tenancy.Resolution;

/// <summary>
/// <c>/t/{slug}/rest</c>: the slug is taken from the path, and the prefix moves into PathBase so the
/// rest of the pipeline routes <c>/t/acme/graphql</c> exactly like <c>/graphql</c>.
/// </summary>
public sealed class RoutePrefixStrategy : ITenantResolutionStrategy
{
    public const string Prefix = "/t/";

    public string? GetIdentifier(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is null || !path.StartsWith(Prefix, StringComparison.Ordinal)) return null;

        var rest = path[Prefix.Length..];
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        var slug = end < 0 ? rest : rest[..end];
        if (slug.Length == 0) return null;

        context.Request.PathBase = context.Request.PathBase.Add(Prefix + slug);
        context.Request.Path = end < 0 ? PathString.Empty : new PathString(rest[end..]);
        return slug.ToLowerInvariant();
    }
}
