namespace Platform.Api.Data;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply migrations (as the owner role) when the API starts; <c>./platform up</c> turns it on.</summary>
    public bool MigrateOnStartup { get; set; }
}

/// <summary>Names of the two connection strings: the owner runs migrations, the application role serves requests.</summary>
public static class ConnectionStringNames
{
    public const string Application = "Platform";
    public const string Owner = "Owner";
}
