using System.Net;
using System.Text;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Expiry;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.ScaleOut;

/// <summary>
/// Scale-out roles (PlatformRole): an API replica (<c>api</c>, <c>Jobs:RunServer=false</c>) only enqueues, a
/// <c>worker</c> runs the jobs and serves nothing but its health. Both are real processes over one database.
/// </summary>
/// <remarks>
/// In the shared host's collection: the Hangfire client below uses Hangfire's process-wide log provider, which belongs
/// to that host and must not be disposed while this test enqueues.
/// </remarks>
[Collection(PlatformCollection.Name)]
public sealed class RoleTests
{
    [Fact]
    public async Task The_worker_runs_the_jobs_an_api_replica_enqueues_and_serves_only_its_health()
    {
        await using var database = await TestDatabase.CreateAsync("platform_test");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Platform"] = database.AppConnectionString,
            ["ConnectionStrings:Owner"] = database.OwnerConnectionString,
        };
        await new DatabaseMigrator(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), NullLogger<DatabaseMigrator>.Instance)
            .MigrateAsync(CancellationToken.None);

        await using var api = await RoleProcess.StartAsync("api", database, new Dictionary<string, string>
        {
            ["Jobs__RunServer"] = "false",
            ["Notifications__DispatcherEnabled"] = "false",
            ["Calendars__SyncEnabled"] = "false",
        });
        await using var worker = await RoleProcess.StartAsync("worker", database, new Dictionary<string, string>());

        // Only the worker registered a Hangfire server (its id is "<host>:<pid>:<guid>").
        List<string> servers = [];
        await Eventually.TrueAsync(async () => (servers = await ServersAsync(database)).Count > 0, "a Hangfire server announced");
        Assert.Single(servers);
        Assert.Contains($":{worker.ProcessId}:", servers[0], StringComparison.Ordinal);

        // A job enqueued now (as the API would) is processed, by the worker.
        var storage = new PostgreSqlStorage(
            new NpgsqlConnectionFactory(database.AppConnectionString, new PostgreSqlStorageOptions { SchemaName = DatabaseMigrator.JobsSchema }),
            new PostgreSqlStorageOptions { SchemaName = DatabaseMigrator.JobsSchema, PrepareSchemaIfNecessary = false });
        var jobId = new BackgroundJobClient(storage).Enqueue<ExpireBookingsJob>(job => job.RunAsync(CancellationToken.None));
        JobDetailsDto? details = null;
        await Eventually.TrueAsync(
            () => (details = storage.GetMonitoringApi().JobDetails(jobId)).History.FirstOrDefault()?.StateName == "Succeeded",
            "the job succeeded", () => details?.History.FirstOrDefault()?.StateName ?? "no state");
        var processing = details!.History.Single(h => h.StateName == "Processing");
        Assert.Contains($":{worker.ProcessId}:", processing.Data["ServerId"], StringComparison.Ordinal);

        // The worker answers its health probes and nothing else; the API replica serves GraphQL.
        using var workerHttp = worker.Http();
        Assert.Equal(HttpStatusCode.OK, (await workerHttp.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await workerHttp.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await workerHttp.PostAsync("/graphql", Query())).StatusCode);
        using var apiHttp = api.Http();
        Assert.Equal(HttpStatusCode.OK, (await apiHttp.PostAsync("/graphql", Query())).StatusCode);
    }

    private static StringContent Query() => new("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");

    private static async Task<List<string>> ServersAsync(TestDatabase database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT id FROM {DatabaseMigrator.JobsSchema}.server", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        return ids;
    }
}
