using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Platform.Tenancy.EntityFramework;

/// <summary>
/// Sends <c>app.tenant_id</c> and <c>app.user_id</c> with the statements that need them, transaction-locally,
/// so no setting lives on a server connection after its transaction (a transaction pooler hands the connection
/// to another client next):
/// <list type="bullet">
/// <item>an autocommit statement gets <see cref="TenantSession.CallPrefix"/> in its own batch: one implicit
/// transaction, no extra round trip;</item>
/// <item>in a transaction, the first statement carries the same prefix (or, for SaveChanges, whose batches EF
/// counts statement by statement, a separate set command goes first); later statements carry nothing until the
/// tenant changes, the transaction ends or a savepoint rollback may have undone the settings.</item>
/// </list>
/// Code that runs its own NpgsqlCommand on EF's connection calls <see cref="ApplyAsync"/> first.
/// </summary>
public sealed class TenantSettingsInterceptor(ICurrentTenant currentTenant) : DbCommandInterceptor, IDbTransactionInterceptor
{
    /// <summary>What each open transaction has been given; reset when one starts, as Npgsql reuses transaction objects.</summary>
    private static readonly ConditionalWeakTable<DbTransaction, AppliedSettings> Applied = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        using var set = Prepare(command, eventData.CommandSource);
        set?.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await using var set = Prepare(command, eventData.CommandSource);
        if (set is not null) await set.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        using var set = Prepare(command, eventData.CommandSource);
        set?.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await using var set = Prepare(command, eventData.CommandSource);
        if (set is not null) await set.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        using var set = Prepare(command, eventData.CommandSource);
        set?.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await using var set = Prepare(command, eventData.CommandSource);
        if (set is not null) await set.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    // A new transaction, its end, or a rollback to a savepoint (which undoes settings made after the savepoint):
    // the next statement sends the settings again.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(result);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
        DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(result);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Forget(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(transaction);
        return Task.CompletedTask;
    }

    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => Forget(transaction);

    public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(transaction);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Before a hand-written command on EF's connection: makes sure its transaction carries the current settings.
    /// Such commands run inside a transaction (an autocommit one would need the settings in its own batch).
    /// </summary>
    public static async Task ApplyAsync(NpgsqlCommand command, ICurrentTenant tenant, CancellationToken cancellationToken)
    {
        if (command.Transaction is null)
            throw new InvalidOperationException("A hand-written tenant command must run inside a transaction.");
        var connection = command.Connection ?? throw new InvalidOperationException("The command has no connection.");
        var applied = Applied.GetOrCreateValue(command.Transaction);
        if (applied.Holds(tenant.Id, tenant.UserId)) return;
        await using var set = TenantSession.CreateSetCommand(connection, command.Transaction, tenant.Id, tenant.UserId);
        await set.ExecuteNonQueryAsync(cancellationToken);
        applied.Set(tenant.Id, tenant.UserId);
    }

    /// <summary>Prefixes <paramref name="command"/> with the settings, or returns a command to run before it, or neither.</summary>
    private NpgsqlCommand? Prepare(DbCommand command, CommandSource source)
    {
        var (tenant, user) = (currentTenant.Id, currentTenant.UserId);
        if (command.Transaction is not { } transaction)
        {
            Prefix(command, tenant, user);
            return null;
        }

        var applied = Applied.GetOrCreateValue(transaction);
        if (applied.Holds(tenant, user)) return null;
        applied.Set(tenant, user);
        if (source != CommandSource.SaveChanges && CanPrefix(command))
        {
            Prefix(command, tenant, user);
            return null;
        }

        return TenantSession.CreateSetCommand((NpgsqlConnection)command.Connection!, (NpgsqlTransaction)transaction, tenant, user);
    }

    private static void Prefix(DbCommand command, Guid? tenant, Guid? user)
    {
        if (!CanPrefix(command))
            throw new InvalidOperationException(
                "An autocommit command with positional parameters cannot carry the tenant settings; use named parameters.");
        command.CommandText = TenantSession.CallPrefix + command.CommandText;
        TenantSession.AddCallParameters(command, tenant, user);
    }

    // Npgsql splits a command into statements only when its parameters are named (or absent).
    private static bool CanPrefix(DbCommand command) =>
        command.CommandType == CommandType.Text
        && command.Parameters.Cast<DbParameter>().All(p => !string.IsNullOrEmpty(p.ParameterName));

    private static void Forget(DbTransaction transaction)
    {
        if (Applied.TryGetValue(transaction, out var applied)) applied.Clear();
    }

    /// <summary>The settings one transaction carries (none, until its first statement).</summary>
    private sealed class AppliedSettings
    {
        private bool _set;
        private Guid? _tenant;
        private Guid? _user;

        public bool Holds(Guid? tenant, Guid? user) => _set && _tenant == tenant && _user == user;

        public void Set(Guid? tenant, Guid? user) => (_set, _tenant, _user) = (true, tenant, user);

        public void Clear() => _set = false;
    }
}
