using Npgsql;

namespace Platform.Testing;

/// <summary>
/// A throwaway database per test or benchmark run, created by the owner role (which has CREATEDB) and
/// dropped at the end. Connection settings come from the variables ./platform exports.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string ownerConnection, string appConnection)
    {
        Name = name;
        OwnerConnectionString = ownerConnection;
        AppConnectionString = appConnection;
    }

    public string Name { get; }

    /// <summary>The schema owner: migrations, ANALYZE.</summary>
    public string OwnerConnectionString { get; }

    /// <summary>The application role: owns nothing, cannot bypass row-level security.</summary>
    public string AppConnectionString { get; }

    /// <summary>
    /// The application role through the run's PgBouncer in transaction mode (<c>ConnectionStrings__PlatformPooled</c>,
    /// exported by ./platform test), or null when the run has none.
    /// </summary>
    public string? PooledAppConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__PlatformPooled") is { Length: > 0 } pooled ? WithDatabase(pooled, Name) : null;

    /// <summary>
    /// Whether hosts of this run talk to PostgreSQL through the pooler (<c>PLATFORM_TEST_THROUGH_POOLER=1</c>: the
    /// second pass of ./platform test, which runs the isolation, race and real-time suites behind PgBouncer).
    /// </summary>
    public static bool ThroughPooler => Environment.GetEnvironmentVariable("PLATFORM_TEST_THROUGH_POOLER") == "1";

    /// <summary>
    /// The settings that put a host behind the pooler, when <see cref="ThroughPooler"/>: requests through PgBouncer
    /// in transaction mode, LISTEN and Hangfire direct. Empty otherwise.
    /// </summary>
    public IReadOnlyList<(string Key, string Value)> PoolerSettings() => ThroughPooler
        ? [
            ("ConnectionStrings:Platform", PooledAppConnectionString
                ?? throw new InvalidOperationException("PLATFORM_TEST_THROUGH_POOLER=1 needs ConnectionStrings__PlatformPooled.")),
            ("ConnectionStrings:PlatformDirect", AppConnectionString),
            ("Database:Pooler", "Transaction"),
        ]
        : [];

    /// <param name="prefix">Starts the database's name (<c>platform_test</c>, <c>platform_bench</c>), followed by 16 random hex digits.</param>
    public static async Task<TestDatabase> CreateAsync(string prefix = "platform_test", CancellationToken cancellationToken = default)
    {
        var owner = Environment.GetEnvironmentVariable("ConnectionStrings__Owner")
            ?? throw new InvalidOperationException("ConnectionStrings__Owner is not set: run through ./platform test (or ./platform bench).");
        var app = Environment.GetEnvironmentVariable("ConnectionStrings__Platform")
            ?? throw new InvalidOperationException("ConnectionStrings__Platform is not set: run through ./platform test (or ./platform bench).");

        var name = $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 17)];
        await using (var connection = new NpgsqlConnection(WithDatabase(owner, "postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var database = new TestDatabase(name, WithDatabase(owner, name), WithDatabase(app, name));
        try
        {
            // As in ./platform's database: nobody but the owner creates objects in public.
            await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
            await connection.OpenAsync(cancellationToken);
            var role = new NpgsqlConnectionStringBuilder(app).Username;
            await using var grant = new NpgsqlCommand($"REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO \"{role}\"", connection);
            await grant.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }

        return database;
    }

    /// <summary>Drops the database, whatever still holds connections to it.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PgBouncerConsole.KillAsync(PooledAppConnectionString, OwnerConnectionString, Name);
        await using var connection = new NpgsqlConnection(WithDatabase(OwnerConnectionString, "postgres"));
        await connection.OpenAsync();
        // Refuse new connections first: a background worker of the stopping host that reconnects
        // between FORCE's termination and the drop would otherwise fail the drop (55006).
        await using var close = new NpgsqlCommand($"ALTER DATABASE {Name} ALLOW_CONNECTIONS false", connection);
        await close.ExecuteNonQueryAsync();
        // The application role's backends may take a moment to exit after the host disposed its pool,
        // and the owner may not terminate another role's backends (FORCE would fail): wait for them.
        // (A poll with a deadline, not a wait for a condition that must hold: after 10 s the drop is tried regardless.)
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var others = new NpgsqlCommand($"SELECT count(*) FROM pg_stat_activity WHERE datname = '{Name}' AND usename <> current_user", connection);
            if ((long)(await others.ExecuteScalarAsync())! == 0) break;
            await Task.Delay(200);
        }

        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task ExecuteAsOwnerAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// A connection as the application role with <c>app.tenant_id</c> set for the session, so reads and
    /// writes pass the forced row-level security exactly as the application's do.
    /// </summary>
    public async Task<NpgsqlConnection> OpenAsTenantAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(AppConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", connection);
        set.Parameters.Add(new NpgsqlParameter { Value = tenantId.ToString() });
        await set.ExecuteScalarAsync(cancellationToken);
        return connection;
    }

    private static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;
}
