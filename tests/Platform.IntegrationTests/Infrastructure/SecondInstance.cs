using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// Another Platform process on the shared host's database, as a second replica behind a load
/// balancer would be: its own Kestrel port, its own LISTEN connection, no Hangfire workers.
/// </summary>
public sealed class SecondInstance(PlatformApp first, IReadOnlyList<(string Key, string Value)> settings) : WebApplicationFactory<Program>
{
    public Uri BaseAddress { get; private set; } = null!;

    /// <param name="settings">Configuration of this instance only, on top of the usual (e.g. a tiny execution timeout).</param>
    public static async Task<SecondInstance> StartAsync(PlatformApp first, params (string Key, string Value)[] settings)
    {
        var instance = new SecondInstance(first, settings);
        instance.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        instance.StartServer();
        var addresses = instance.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        // Program refuses invalid settings by printing one line and not serving: say so instead of "no elements".
        var address = addresses.FirstOrDefault()
            ?? throw new InvalidOperationException(
                "The second instance is not listening: a setting was probably refused at start ("
                + string.Join(", ", settings.Select(s => $"{s.Key}={s.Value}")) + ").");
        instance.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        await instance.Services.GetRequiredService<Platform.Api.Realtime.EventListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        return instance;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Platform", first.Database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:Owner", first.Database.OwnerConnectionString);
        foreach (var (key, value) in first.Database.PoolerSettings()) builder.UseSetting(key, value);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Jobs:Enabled", "false");
        // The first instance delivers notifications; a test that wants this one to compete says so in its settings.
        builder.UseSetting("Notifications:DispatcherEnabled", "false");
        builder.UseSetting("Email:Provider", "Pickup");
        builder.UseSetting("Email:PickupDirectory", first.MailDirectory);
        builder.UseSetting("GraphQL:ClientRequestsPerMinute", "100000");
        builder.UseSetting("GraphQL:TenantRequestsPerMinute", "100000");
        builder.UseSetting("Identity:AccessTokenLifetime", "30.00:00:00");
        // Replicas behind one load balancer share its public address, so each accepts the other's tokens.
        builder.UseSetting("Platform:PublicUrl", first.BaseAddress.ToString());
        builder.UseSetting("Tenancy:CacheSeconds", "0");
        builder.UseSetting("Tenancy:UnknownCacheSeconds", "0");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    /// <summary>A plain HttpClient to this instance's Kestrel address.</summary>
    public HttpClient Http() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
}
