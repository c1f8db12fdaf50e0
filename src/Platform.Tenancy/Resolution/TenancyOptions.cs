using System.ComponentModel.DataAnnotations;

namespace Platform.Tenancy.Resolution;

/// <summary>Configuration section <c>Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>Enables <c>{slug}.{domain}</c> resolution.</summary>
    public string? HostDomain { get; set; }

    /// <summary>
    /// Safety net: how long an organization's registry row is reused at most. Changes evict it at once on every
    /// instance (database notifications); this bounds a change that went unheard. 0 reads it every time.
    /// </summary>
    [Range(0, 86_400)]
    public int CacheSeconds { get; set; } = 3600;

    /// <summary>How long "no such organization" is remembered; creating it (on any instance) forgets at once.</summary>
    [Range(0, 86_400)]
    public int UnknownCacheSeconds { get; set; } = 2;

    /// <summary>At most this many slugs are cached, known and unknown together.</summary>
    [Range(1, 10_000_000)]
    public int CacheSize { get; set; } = 10_000;
}
