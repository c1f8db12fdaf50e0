using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.GraphQL;
using Platform.Api.Jobs;

namespace Platform.Api.Cli;

/// <summary>
/// One-shot commands run by <c>./platform</c>: <c>migrate</c>, <c>seed-demo</c>, <c>export-schema [path]</c>,
/// and <c>migration-sql ...</c> for developers (<see cref="MigrationSqlCommand"/>). Anything else starts the server.
/// </summary>
public static class PlatformCommands
{
    /// <summary>Runs a command named in <paramref name="args"/>; false when there is none (serve).</summary>
    public static async Task<bool> TryRunCommandAsync(this WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "migrate":
                await app.MigrateAsync();
                return true;
            case "seed-demo":
                await app.MigrateAsync();
                await app.SeedDemoAsync();
                return true;
            case "export-schema":
                var path = args.Length > 1 ? args[1] : "schema.graphql";
                await File.WriteAllTextAsync(path, GraphQLExtensions.PrintSchema(app.Services));
                Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
                return true;
            case MigrationSqlCommand.Name:
                Environment.ExitCode = MigrationSqlCommand.Run(args[1..], Console.Out);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Before serving: migrate and seed when configured, and make sure the first-party OAuth clients exist.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        // Build the schema now so a broken type fails the start, not the first request.
        app.Services.GetRequiredService<PlatformSchema>().Initialize();
        // Migrating ensures the clients too; only a start without migration needs to do it here.
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await app.MigrateAsync();
        }
        else
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<Identity.ClientRegistrar>().EnsureFirstPartyClientsAsync(CancellationToken.None);
        }

        if (app.Services.GetRequiredService<IOptions<SeedOptions>>().Value.Demo) await app.SeedDemoAsync();
        app.ScheduleRecurringJobs();
    }

    private static async Task MigrateAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<Identity.ClientRegistrar>().EnsureFirstPartyClientsAsync(CancellationToken.None);
    }

    private static async Task SeedDemoAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var summary = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        Console.WriteLine(summary);
    }
}
