namespace Platform.Api.Data;

/// <summary>
/// Names of the connection strings: the owner runs migrations, the application role serves requests (through a
/// transaction pooler when there is one), and the direct one keeps what needs a session of its own (LISTEN,
/// Hangfire's locks) away from a transaction pooler.
/// </summary>
public static class ConnectionStringNames
{
    public const string Application = "Platform";
    public const string Owner = "Owner";
    public const string Direct = "PlatformDirect";

    /// <summary>The session-capable connection string: <c>PlatformDirect</c>, or <c>Platform</c> when there is no pooler.</summary>
    public static string DirectOrApplication(IConfiguration configuration) =>
        configuration.GetConnectionString(Direct) is { Length: > 0 } direct
            ? direct
            : configuration.GetConnectionString(Application)
              ?? throw new InvalidOperationException($"ConnectionStrings:{Application} is not configured.");
}
