using Npgsql;

namespace Platform.Tenancy.EntityFramework;

/// <summary>The session settings the row-level security policies read, in one place.</summary>
public static class TenantSession
{
    public const string TenantSetting = "app.tenant_id";
    public const string UserSetting = "app.user_id";

    /// <summary>A command that sets (or clears, with null) both settings for the session.</summary>
    public static NpgsqlCommand CreateSetCommand(NpgsqlConnection connection, Guid? tenantId, Guid? userId)
    {
        var command = new NpgsqlCommand($"SELECT set_config('{TenantSetting}', $1, false), set_config('{UserSetting}', $2, false)",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tenantId?.ToString() ?? "" });
        command.Parameters.Add(new NpgsqlParameter { Value = userId?.ToString() ?? "" });
        return command;
    }
}
