using System.Text.RegularExpressions;

namespace Platform.Tenancy;

/// <summary>Rules for organization slugs, shared by resolution and by organization creation.</summary>
public static partial class TenantSlug
{
    /// <summary>Slugs that would collide with routes or host names the platform itself uses.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "www", "api", "admin", "app", "graphql", "health", "hangfire", "connect", "account", "t", "webhooks", "static", "assets",
    };

    public static bool IsValid(string? slug) =>
        slug is not null && SlugPattern().IsMatch(slug) && !Reserved.Contains(slug);

    [GeneratedRegex(@"^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
