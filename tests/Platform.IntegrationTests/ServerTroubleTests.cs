using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GraphQL.DI;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

/// <summary>A host whose own database can be made to refuse new connections, as one at its connection limit does.</summary>
public sealed class DatabaseDownApp : PlatformApp
{
    public DatabaseDownApp() => Set("Jobs:Enabled", "false");

    /// <summary>PostgreSQL refuses every new connection to the database (53300) and the host's idle pooled ones are closed.</summary>
    public async Task RefuseConnectionsAsync()
    {
        await AlterDatabaseAsync("CONNECTION LIMIT 0");
        Service<NpgsqlDataSource>().Clear();
    }

    public Task AcceptConnectionsAsync() => AlterDatabaseAsync("CONNECTION LIMIT -1");

    private async Task AlterDatabaseAsync(string setting)
    {
        // From the maintenance database: the refused one cannot be entered to undo the refusal.
        var maintenance = new NpgsqlConnectionStringBuilder(Database.OwnerConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var alter = new NpgsqlCommand($"ALTER DATABASE {Database.Name} WITH {setting}", connection);
        await alter.ExecuteNonQueryAsync();
    }
}

public sealed class DatabaseDownTests(DatabaseDownApp app) : IClassFixture<DatabaseDownApp>
{
    [Fact]
    public async Task A_database_refusing_connections_is_a_503_with_retry_after_and_a_GraphQL_error_body_never_a_4xx()
    {
        var accounts = new Accounts(app);
        var org = await accounts.CreateOrganizationAsync();
        await app.RefuseConnectionsAsync();
        try
        {
            // The organization's page needs the tenant registry first; a sign-up meets the refusal inside its resolver.
            var page = await accounts.GraphQL.SendAsync("{ offerings { id } }", tenant: org.Slug);
            var newcomer = new { email = $"late-{Guid.NewGuid():N}@example.test", password = Accounts.Password, displayName = "Late" };
            var signUp = await accounts.GraphQL.SendAsync(
                "mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }", new { input = newcomer });

            foreach (var answer in new[] { page, signUp })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
                Assert.True(answer.Message.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After");
                Assert.NotEqual("application/problem+json", answer.Message.Content.Headers.ContentType?.MediaType);
                Assert.Equal("SERVICE_UNAVAILABLE", answer.FirstErrorCode);
                Assert.Contains("retry", answer.Errors![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
                Assert.Null(answer.Data);
            }
        }
        finally
        {
            await app.AcceptConnectionsAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await accounts.GraphQL.SendAsync("{ offerings { id } }", tenant: org.Slug)).Status);
    }
}

/// <summary>
/// A host where a booking's offering cannot be loaded, as if the database went away right after the
/// booking was committed.
/// </summary>
public sealed class FailingRelationApp : PlatformApp
{
    public FailingRelationApp() => Set("Jobs:Enabled", "false");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IConfigureSchema, OfferingOfBookingsFails>());
    }

    private sealed class OfferingOfBookingsFails : IConfigureSchema
    {
        public void Configure(ISchema schema, IServiceProvider serviceProvider) =>
            schema.FieldMiddleware.Use(next => context =>
                context.ParentType.Name == "Booking" && context.FieldDefinition.Name == "offering"
                    ? throw new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))
                    : next(context));
    }
}

public sealed class CommittedMutationTests(FailingRelationApp app) : IClassFixture<FailingRelationApp>
{
    [Fact]
    public async Task A_committed_hold_whose_nested_field_fails_answers_200_with_its_id_status_and_times_and_the_error_beside_them()
    {
        var bookings = new Bookings(app);
        var shop = await bookings.ShopAsync(payments: false);
        var offering = await bookings.OfferingAsync(shop);
        var customer = await bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot();

        var result = await bookings.GraphQL.SendAsync(
            """
            mutation($input: HoldBookingInput!) {
              holdBooking(input: $input) { booking { id status start end offering { id } provider { id } } userErrors { code } }
            }
            """,
            new { input = new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() } },
            customer.Token, shop.Org.Slug);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var booking = result.Get("holdBooking.booking");
        Assert.Equal("CONFIRMED", booking["status"]!.GetValue<string>());
        Assert.Equal(start, DateTimeOffset.Parse(booking["start"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal(start.AddHours(1), DateTimeOffset.Parse(booking["end"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal(shop.ProviderId, booking["provider"]!["id"]!.GetValue<string>());
        Assert.Null(booking["offering"]);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(["holdBooking", "booking", "offering"], error!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("SERVICE_UNAVAILABLE", error["extensions"]!["code"]!.GetValue<string>());
        // It was committed: the id names a real booking.
        var id = Bookings.IdOf(booking["id"]!.GetValue<string>());
        Assert.Equal(1L, await bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings WHERE id = $1", id));
    }
}

[Collection(PlatformCollection.Name)]
public sealed class ExecutionTimeoutTests(PlatformApp app)
{
    [Fact]
    public async Task An_operation_that_outlives_the_execution_timeout_is_a_504_with_a_GraphQL_error()
    {
        var org = await new Accounts(app).CreateOrganizationAsync();
        await using var hurried = await SecondInstance.StartAsync(app, ("GraphQL:ExecutionTimeout", "00:00:00.0000001"));

        var client = new GraphQLClient(hurried.Http());
        var result = await client.SendAsync("{ a: offerings { id } b: offerings { id } c: offerings { id } }", tenant: org.Slug);

        Assert.Equal(HttpStatusCode.GatewayTimeout, result.Status);
        Assert.Equal("TIMEOUT", result.FirstErrorCode);
        Assert.Null(result.Data);
    }
}
