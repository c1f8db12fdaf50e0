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
    public int MaxPoolSize { get; set; } = DefaultMaxPoolSize;

    public const int DefaultMaxPoolSize = 40;
}

/// <summary>Names of the two connection strings: the owner runs migrations, the application role serves requests.</summary>
public static class ConnectionStringNames
{
    public const string Application = "Platform";
    public const string Owner = "Owner";
}
