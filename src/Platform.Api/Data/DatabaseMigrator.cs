using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Tenancy;

namespace Platform.Api.Data;

/// <summary>
/// Brings the database to the current schema as the owner role, then grants the application role
/// exactly what it needs: data access, never ownership, so it can neither alter tables nor bypass
/// row-level security (FORCE makes even the owner subject to it).
/// </summary>
public sealed class DatabaseMigrator(IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    private static readonly string[] AppSchemas = ["public", PlatformDbContext.IdentitySchema, PlatformDbContext.PlatformSchema,
        JobsSchema];

    public const string JobsSchema = "hangfire";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var ownerConnection = configuration.GetConnectionString(ConnectionStringNames.Owner)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringNames.Owner} is required to migrate.");
        var appRole = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(ConnectionStringNames.Application)).Username
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringNames.Application} has no Username.");

        await using var dataSource = new NpgsqlDataSourceBuilder(ownerConnection).Build();
        var options = (DbContextOptions<PlatformDbContext>)DataExtensions.Configure(new DbContextOptionsBuilder<PlatformDbContext>(),
            dataSource).Options;
        await using (var db = new PlatformDbContext(options, new CurrentTenant()))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Applied {Count} migration(s).", pending.Count);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        PostgreSqlObjectsInstaller.Install(connection, JobsSchema);
        await GrantAsync(connection, appRole, cancellationToken);
    }

    private static async Task GrantAsync(NpgsqlConnection connection, string appRole, CancellationToken cancellationToken)
    {
        var role = QuoteIdentifier(appRole);
        var statements = new List<string>();
        foreach (var schema in AppSchemas)
        {
            statements.Add($"GRANT USAGE ON SCHEMA {schema} TO {role}");
            statements.Add($"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}");
            statements.Add($"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {role}");
        }

        // The migration history is the owner's business; the app only reads it for readiness.
        statements.Add($"REVOKE INSERT, UPDATE, DELETE ON {PlatformDbContext.PlatformSchema}.ef_migrations_history FROM {role}");
        await using var command = new NpgsqlCommand(string.Join(";\n", statements), connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
