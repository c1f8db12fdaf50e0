using Npgsql;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway database per test run, created by the owner role (which has CREATEDB) and dropped at
/// the end. Connection settings come from the same variables ./platform exports.
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

    public string OwnerConnectionString { get; }

    /// <summary>The application role: owns nothing, cannot bypass row-level security.</summary>
    public string AppConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var owner = Environment.GetEnvironmentVariable("ConnectionStrings__Owner")
            ?? throw new InvalidOperationException("ConnectionStrings__Owner is not set: run the tests through ./platform test.");
        var app = Environment.GetEnvironmentVariable("ConnectionStrings__Platform")
            ?? throw new InvalidOperationException("ConnectionStrings__Platform is not set: run the tests through ./platform test.");

        var name = $"platform_test_{Guid.NewGuid():N}"[..30];
        await using (var connection = new NpgsqlConnection(WithDatabase(owner, "postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        await using (var connection = new NpgsqlConnection(WithDatabase(owner, name)))
        {
            // As in ./platform's database: nobody but the owner creates objects in public.
            await connection.OpenAsync();
            var role = new NpgsqlConnectionStringBuilder(app).Username;
            await using var grant = new NpgsqlCommand($"REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO \"{role}\"", connection);
            await grant.ExecuteNonQueryAsync();
        }

        return new TestDatabase(name, WithDatabase(owner, name), WithDatabase(app, name));
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(WithDatabase(OwnerConnectionString, "postgres"));
        await connection.OpenAsync();
        // Refuse new connections first: a background worker of the stopping host that reconnects
        // between FORCE's termination and the drop would otherwise fail the drop (55006).
        await using var close = new NpgsqlCommand($"ALTER DATABASE {Name} ALLOW_CONNECTIONS false", connection);
        await close.ExecuteNonQueryAsync();
        // The application role's backends may take a moment to exit after the host disposed its pool,
        // and the owner may not terminate another role's backends (FORCE would fail): wait for them.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var others = new NpgsqlCommand($"SELECT count(*) FROM pg_stat_activity WHERE datname = '{Name}' AND usename <> current_user", connection);
            if ((long)(await others.ExecuteScalarAsync())! == 0) break;
            await Task.Delay(200);
        }
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;
}
