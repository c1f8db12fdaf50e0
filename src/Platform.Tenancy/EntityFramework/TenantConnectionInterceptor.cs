using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Platform.Tenancy.EntityFramework;

/// <summary>
/// Sets <c>app.tenant_id</c> and <c>app.user_id</c> on every connection EF opens; the row-level
/// security policies read them. Session-level (not transaction-local) so they hold for every
/// command on the connection; Npgsql's reset on return to the pool (DISCARD ALL) clears them,
/// so a pooled connection never carries one tenant into another's request.
/// </summary>
public sealed class TenantConnectionInterceptor(ICurrentTenant currentTenant) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand CreateCommand(DbConnection connection) =>
        TenantSession.CreateSetCommand((NpgsqlConnection)connection, currentTenant.Id, currentTenant.UserId);
}
