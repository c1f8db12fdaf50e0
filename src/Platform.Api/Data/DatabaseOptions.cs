using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Data;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply migrations (as the owner role) when the API starts; <c>./platform up</c> turns it on.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>
    /// Connections this instance may hold for requests, unless the connection string sets
    /// <c>Maximum Pool Size</c>. Kept below PostgreSQL's default 100 so bursts queue in the pool
    /// instead of being refused by the server; Hangfire has its own, smaller pool.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxPoolSize { get; set; } = DefaultMaxPoolSize;

    public const int DefaultMaxPoolSize = 40;
}
