namespace Platform.Api.Data;

/// <summary>Names of the two connection strings: the owner runs migrations, the application role serves requests.</summary>
public static class ConnectionStringNames
{
    public const string Application = "Platform";
    public const string Owner = "Owner";
}
