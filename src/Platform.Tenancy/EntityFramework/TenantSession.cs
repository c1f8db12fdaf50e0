using System.Data.Common;
using Npgsql;

namespace Platform.Tenancy.EntityFramework;

/// <summary>
/// The settings the row-level security policies read, and the two ways they are sent. Always
/// transaction-local (<c>set_config(…, true)</c>): behind a transaction pooler (PgBouncer) the next
/// transaction may run on another client's server connection, so nothing may outlive the transaction
/// it was set in.
/// </summary>
public static class TenantSession
{
    public const string TenantSetting = "app.tenant_id";
    public const string UserSetting = "app.user_id";

    /// <summary>The procedure (see the TransactionLocalTenantSettings migration) that sets both settings, transaction-locally.</summary>
    public const string Procedure = "public.set_request_context";

    public const string TenantParameter = "platform_rls_tenant";
    public const string UserParameter = "platform_rls_user";

    /// <summary>
    /// Prepended to an autocommit statement: one batch is one implicit transaction, so the settings hold for
    /// exactly that statement. A CALL, not a SELECT, because it returns no result set: readers and EF see
    /// only the statement's own results.
    /// </summary>
    public const string CallPrefix = $"CALL {Procedure}(@{TenantParameter}, @{UserParameter});\n";

    /// <summary>A command that sets (or clears, with null) both settings until <paramref name="transaction"/> ends.</summary>
    public static NpgsqlCommand CreateSetCommand(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid? tenantId, Guid? userId)
    {
        var command = new NpgsqlCommand(
            $"SELECT set_config('{TenantSetting}', $1, true), set_config('{UserSetting}', $2, true)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = Text(tenantId) });
        command.Parameters.Add(new NpgsqlParameter { Value = Text(userId) });
        return command;
    }

    /// <summary>Adds the parameters <see cref="CallPrefix"/> names to <paramref name="command"/>.</summary>
    public static void AddCallParameters(DbCommand command, Guid? tenantId, Guid? userId)
    {
        command.Parameters.Add(new NpgsqlParameter(TenantParameter, Text(tenantId)));
        command.Parameters.Add(new NpgsqlParameter(UserParameter, Text(userId)));
    }

    private static string Text(Guid? id) => id?.ToString() ?? "";
}
