using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Data;
using Platform.IntegrationTests.Fakes;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// The real Platform host on Kestrel (a real port, so node clients can reach it) over a fresh
/// database migrated exactly as ./platform migrates.
/// </summary>
public class PlatformApp : WebApplicationFactory<Program>, IAsyncLifetime, ITestHost
{
    private readonly Dictionary<string, string?> _settings = [];

    public TestDatabase Database { get; private set; } = null!;

    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "platform-test-mail-" + Guid.NewGuid().ToString("N"));

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The email of the platform administrator (Platform:Administrators) in this host.</summary>
    public const string PlatformAdministrator = "platform-admin@platform.test";

    /// <summary>A second listed administrator, left for the test that shows an unconfirmed email grants nothing.</summary>
    public const string UnconfirmedAdministrator = "unconfirmed-admin@platform.test";

    /// <summary>The host's clock; <see cref="TestClock.Advance"/> moves it for expiry tests.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>What the host logged (information and up).</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The Stripe this host talks to: the in-repo fake, with its own keys and webhook secrets.</summary>
    public Stripe.StripeFake Stripe { get; private set; } = null!;

    /// <summary>The calendar and video services this host talks to (Google, Microsoft Graph, 100ms, Daily, ICS feeds).</summary>
    public ProviderFakes Providers { get; private set; } = null!;

    /// <summary>
    /// Extra configuration for a specialised host (rate limits, allow-list mode). Such hosts set
    /// Jobs:Enabled=false: Hangfire's static state belongs to the shared host of the test run.
    /// </summary>
    protected void Set(string key, string? value) => _settings[key] = value;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("platform_test");
        Stripe = await Platform.IntegrationTests.Stripe.StripeFake.StartAsync();
        Stripe.Now = Clock.GetUtcNow;
        Set("Stripe:SecretKey", Stripe.SecretKey);
        Set("Stripe:PublishableKey", Stripe.PublishableKey);
        Set("Stripe:WebhookSecret", Stripe.WebhookSecret);
        Set("Stripe:ConnectWebhookSecret", Stripe.ConnectWebhookSecret);
        Set("Stripe:ApiBase", Stripe.BaseAddress.ToString().TrimEnd('/'));
        // Failures reach the platform's own retry paths (jobs, reconciliation) instead of Stripe.net's.
        Set("Stripe:MaxNetworkRetries", "0");
        Providers = await ProviderFakes.StartAsync();
        Providers.Now = Clock.GetUtcNow;
        foreach (var (key, value) in Providers.Settings()) _settings.TryAdd(key, value);
        Set("ConnectionStrings:Platform", Database.AppConnectionString);
        Set("ConnectionStrings:Owner", Database.OwnerConnectionString);
        // The second pass of ./platform test runs behind PgBouncer in transaction mode.
        foreach (var (key, value) in Database.PoolerSettings()) Set(key, value);
        Set("Database:MigrateOnStartup", "false");
        Set("Email:Provider", "Pickup");
        Set("Email:PickupDirectory", MailDirectory);
        _settings.TryAdd("GraphQL:ClientRequestsPerMinute", "100000");
        _settings.TryAdd("GraphQL:TenantRequestsPerMinute", "100000");
        // Expiry tests move the clock by days; tokens issued before must still be valid after.
        _settings.TryAdd("Identity:AccessTokenLifetime", "30.00:00:00");
        // From index 1: were appsettings.json to list an administrator (index 0), tests would see it too.
        _settings.TryAdd("Platform:Administrators:1", PlatformAdministrator);
        _settings.TryAdd("Platform:Administrators:2", UnconfirmedAdministrator);
        // Every request reads the tenant registry: a suspension bites at once, and no test waits for a cache.
        _settings.TryAdd("Tenancy:CacheSeconds", "0");
        _settings.TryAdd("Tenancy:UnknownCacheSeconds", "0");
        // Protocol tests wait for the init timeout; keep it short.
        _settings.TryAdd("Realtime:ConnectionInitTimeout", "00:00:01.500");
        // Webhook tests call a receiver on loopback; a short timeout and a low disabling threshold keep them quick.
        _settings.TryAdd("Webhooks:AllowLoopback", "true");
        _settings.TryAdd("Webhooks:TimeoutSeconds", "3");
        _settings.TryAdd("Webhooks:DisableAfterConsecutiveFailures", "5");
        // Calendar feeds are served by the local fake; the sync worker looks for due connections every second.
        _settings.TryAdd("Calendars:Ics:AllowLoopback", "true");
        _settings.TryAdd("Calendars:PollSeconds", "1");

        // The port is chosen before the start so settings can name it: a browser test's OIDC redirect URI must be the
        // address the browser opens. The old fixed URI stays registered for the tests that use it.
        var port = FreeLoopbackPort();
        _settings.TryAdd("Platform:PublicUrl", $"http://127.0.0.1:{port}");
        _settings.TryAdd("Identity:WebRedirectUris:0", $"http://127.0.0.1:{port}/callback");
        _settings.TryAdd("Identity:WebRedirectUris:1", "http://localhost:5000/callback");

        await MigrateAsync();
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        Stripe.WebhookTarget = BaseAddress;
        // Subscribers must not miss what a test commits right after the host started.
        await Services.GetRequiredService<Platform.Api.Realtime.EventListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>A port nothing listens on now: the system's pick for a listener bound and closed at once.</summary>
    private static int FreeLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>A plain HttpClient to the Kestrel address: requests go over a real socket.</summary>
    public HttpClient Http() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>
    /// An HttpClient whose connections come from <paramref name="source"/>, a loopback address of its own
    /// (all of 127.0.0.0/8 is local): another client address, as the server sees it.
    /// </summary>
    public HttpClient HttpFrom(IPAddress source) => Loopback.Http(BaseAddress, source);

    /// <summary>A loopback address no other test uses, for tests about limits per client address.</summary>
    public static IPAddress NewClientAddress() => Loopback.RandomAddress();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Stripe.DisposeAsync();
        await Providers.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(MailDirectory)) Directory.Delete(MailDirectory, true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        // As Development does: a singleton holding a scoped service (a captive DbContext) fails the start.
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
        });
    }

    /// <summary>Migrates the test database through the same migrator ./platform uses, before the host starts.</summary>
    private async Task MigrateAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var migrator = new DatabaseMigrator(configuration, Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance);
        await migrator.MigrateAsync(CancellationToken.None);
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Runs <paramref name="run"/> with a scoped service (a job, say) from its own scope, as Hangfire would.</summary>
    public async Task InScopeAsync<T>(Func<T, Task> run) where T : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<T>());
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformApp>
{
    public const string Name = "platform";
}
