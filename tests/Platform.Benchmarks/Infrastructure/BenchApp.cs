using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Api.Data;

namespace Platform.Benchmarks.Infrastructure;

/// <summary>
/// The real Platform host (Release build, environment "Testing") on Kestrel at a random loopback
/// port, over a database migrated by the same <see cref="DatabaseMigrator"/> ./platform uses.
/// Requests go over a real socket, so a measured request includes HTTP parsing and serialization.
/// </summary>
public sealed class BenchApp : WebApplicationFactory<Program>, ITestHost
{
    private readonly Dictionary<string, string?> _settings;

    private BenchApp(TestDatabase database, string mailDirectory, IReadOnlyDictionary<string, string?>? overrides)
    {
        Database = database;
        MailDirectory = mailDirectory;
        _settings = new()
        {
            ["ConnectionStrings:Platform"] = database.AppConnectionString,
            ["ConnectionStrings:Owner"] = database.OwnerConnectionString,
            ["Database:MigrateOnStartup"] = "false",
            ["Email:Provider"] = "Pickup",
            ["Email:PickupDirectory"] = mailDirectory,
            // Sequential requests from one client would trip the production rate limits.
            ["GraphQL:ClientRequestsPerMinute"] = "1000000",
            ["GraphQL:TenantRequestsPerMinute"] = "1000000",
            // No Hangfire workers polling the database while we measure.
            ["Jobs:Enabled"] = "false",
            // Keep the figures readable: no per-request information logs on the console.
            ["Logging:LogLevel:Default"] = "Warning",
            // Paid holds need payments turned on, but a hold never calls Stripe (paying does): a placeholder
            // key (no secret) and an API host nothing listens on, so any call would fail loudly.
            ["Stripe:SecretKey"] = "sk_test_offline_benchmark",
            ["Stripe:ApiBase"] = "http://127.0.0.1:9",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public TestDatabase Database { get; }

    public string MailDirectory { get; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <param name="overrides">Settings of this benchmark on top of the usual (e.g. an SMTP server to send to).</param>
    public static async Task<BenchApp> StartAsync(
        TestDatabase database, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var app = new BenchApp(database, Path.Combine(Path.GetTempPath(), "platform-bench-mail-" + Guid.NewGuid().ToString("N")), overrides);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(app._settings).Build();
            await new DatabaseMigrator(configuration, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken);
            app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
            app.StartServer();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            app.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>A plain HttpClient to the Kestrel address (one kept-alive connection when used sequentially).</summary>
    public HttpClient Http() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailDirectory)) Directory.Delete(MailDirectory, true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }
}
