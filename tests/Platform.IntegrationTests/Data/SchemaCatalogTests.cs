using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Api.Data;
using Platform.Tenancy;

namespace Platform.IntegrationTests.Data;

/// <summary>
/// Migrations are history: they carry the SQL they ran as text and never call live code. This proves
/// a database built from them has exactly the policies, constraints, triggers, functions, indexes and
/// columns recorded in schema-catalog.txt (captured before the SQL was inlined). A deliberate schema
/// change rewrites the file: run the tests with PLATFORM_UPDATE_SCHEMA_CATALOG=1 and review the diff.
/// </summary>
public sealed class SchemaCatalogTests
{
    private const string UpdateVariable = "PLATFORM_UPDATE_SCHEMA_CATALOG";

    [Fact]
    public async Task A_database_built_from_the_migrations_has_the_recorded_policies_constraints_triggers_and_functions()
    {
        await using var database = await TestDatabase.CreateAsync();
        await MigrateAsync(database);

        var actual = await CatalogAsync(database.OwnerConnectionString);
        var path = CatalogPath();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with {UpdateVariable}=1 to record it.");
        var expected = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        var firstDifference = FirstDifference(expected, actual);
        Assert.True(firstDifference is null,
            $"The migrated schema differs from {Path.GetFileName(path)} ({firstDifference}). If the change is deliberate, "
            + $"run the tests with {UpdateVariable}=1 and review the diff.");
    }

    [Fact]
    public async Task The_model_snapshot_matches_the_model_so_no_migration_is_missing()
    {
        await using var dataSource = new NpgsqlDataSourceBuilder("Host=127.0.0.1;Database=unused").Build();
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        var options = (DbContextOptions<PlatformDbContext>)DataExtensions.Configure(builder, dataSource).Options;
        await using var db = new PlatformDbContext(options, new CurrentTenant());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model differs from PlatformDbContextModelSnapshot: add a migration (see docs/developing.md).");
    }

    private static async Task MigrateAsync(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Platform"] = database.AppConnectionString,
            ["ConnectionStrings:Owner"] = database.OwnerConnectionString,
        }).Build();
        await new DatabaseMigrator(configuration, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    /// <summary>The schema objects the migrations own, one sorted entry each; Hangfire's schema is not theirs.</summary>
    private static async Task<string> CatalogAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var entries = new List<string>();
        foreach (var query in CatalogQueries)
        {
            await using var command = new NpgsqlCommand(query, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "-" : Convert.ToString(reader.GetValue(i)));
                entries.Add(string.Join(" | ", fields).ReplaceLineEndings("\n").TrimEnd().Replace("\n", "\n    ", StringComparison.Ordinal));
            }
        }

        entries.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var entry in entries) text.Append(entry).Append('\n');
        return text.ToString();
    }

    private const string OwnSchemas = "NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'hangfire')";

    private static readonly string[] CatalogQueries =
    [
        """
        SELECT 'extension', e.extname FROM pg_extension e WHERE e.extname <> 'plpgsql'
        """,
        $"""
        SELECT 'table', n.nspname || '.' || c.relname, 'rls=' || c.relrowsecurity, 'force=' || c.relforcerowsecurity
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname {OwnSchemas}
        """,
        $"""
        SELECT 'column', table_schema || '.' || table_name || '.' || column_name, data_type, is_nullable, column_default
        FROM information_schema.columns WHERE table_schema {OwnSchemas}
        """,
        $"""
        SELECT 'policy', schemaname || '.' || tablename || '.' || policyname, permissive, roles::text, cmd, qual, with_check
        FROM pg_policies WHERE schemaname {OwnSchemas}
        """,
        $"""
        SELECT 'constraint', n.nspname || '.' || c.relname || '.' || k.conname, k.contype, pg_get_constraintdef(k.oid)
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname {OwnSchemas}
        """,
        $"""
        SELECT 'index', schemaname || '.' || tablename || '.' || indexname, indexdef
        FROM pg_indexes WHERE schemaname {OwnSchemas}
        """,
        $"""
        SELECT 'trigger', n.nspname || '.' || c.relname || '.' || t.tgname, pg_get_triggerdef(t.oid)
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE NOT t.tgisinternal AND n.nspname {OwnSchemas}
        """,
        // Functions the migrations wrote, not those an extension (btree_gist) brought.
        $"""
        SELECT 'function', n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
               pg_get_functiondef(p.oid)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname {OwnSchemas}
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
        """,
    ];

    private static string? FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a) return $"line {i + 1}: expected `{e}`, found `{a}`";
        }

        return null;
    }

    private static string CatalogPath([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "schema-catalog.txt");
}
