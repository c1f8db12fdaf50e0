using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.IntegrationTests.Fakes;

namespace Platform.Benchmarks.CalendarSync;

/// <summary>
/// The integration tests' <see cref="GoogleCalendarFake"/> (source files linked into this project) on its own Kestrel
/// at a random loopback port, under <c>/google</c> as ProviderFakes serves it, with the same <c>Calendars:Google:*</c> settings.
/// </summary>
public sealed class GoogleFakeHost : IAsyncDisposable
{
    private readonly WebApplication _host;

    private GoogleFakeHost(WebApplication host, GoogleCalendarFake google, Uri baseAddress) => (_host, Google, BaseAddress) = (host, google, baseAddress);

    public GoogleCalendarFake Google { get; }

    public Uri BaseAddress { get; }

    public static async Task<GoogleFakeHost> StartAsync(CancellationToken cancellationToken)
    {
        var google = new GoogleCalendarFake(() => DateTimeOffset.UtcNow);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        google.Map(app.MapGroup("/google"));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new GoogleFakeHost(app, google, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>As <c>ProviderFakes.Settings()</c> gives them for Google.</summary>
    public IReadOnlyDictionary<string, string?> Settings()
    {
        var root = BaseAddress.ToString().TrimEnd('/');
        return new Dictionary<string, string?>
        {
            ["Calendars:Google:ClientId"] = GoogleCalendarFake.ClientId,
            ["Calendars:Google:ClientSecret"] = GoogleCalendarFake.ClientSecret,
            ["Calendars:Google:AuthorizationEndpoint"] = $"{root}/google/o/oauth2/v2/auth",
            ["Calendars:Google:TokenEndpoint"] = $"{root}/google/token",
            ["Calendars:Google:ApiBase"] = $"{root}/google/calendar/v3/",
        };
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
