using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.IntegrationTests.Fakes;

/// <summary>
/// One local HTTP server for the calendar and video services the platform talks to, each fake under its own path
/// (<c>/google</c>, <c>/microsoft</c>, <c>/hms</c>, <c>/daily</c>, <c>/ics</c>), behaving as the real service documents.
/// <see cref="Settings"/> points the platform's modules at them, as <c>Stripe:ApiBase</c> points Stripe.net at its fake.
/// </summary>
public sealed class ProviderFakes : IAsyncDisposable
{
    private WebApplication? _host;

    /// <summary>The test's clock, so tokens and rooms expire when the test moves time.</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    public GoogleCalendarFake Google { get; }

    public MicrosoftGraphFake Microsoft { get; }

    public HmsFake Hms { get; }

    public DailyFake Daily { get; }

    public IcsFeedFake Ics { get; }

    public Uri BaseAddress { get; private set; } = null!;

    private ProviderFakes()
    {
        Google = new GoogleCalendarFake(() => Now());
        Microsoft = new MicrosoftGraphFake(() => Now());
        Hms = new HmsFake(() => Now());
        Daily = new DailyFake(() => Now());
        Ics = new IcsFeedFake(() => Now());
    }

    public static async Task<ProviderFakes> StartAsync()
    {
        var fakes = new ProviderFakes();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        fakes.Google.Map(app.MapGroup("/google"));
        fakes.Microsoft.Map(app.MapGroup("/microsoft"));
        fakes.Hms.Map(app.MapGroup("/hms"));
        fakes.Daily.Map(app.MapGroup("/daily"));
        fakes.Ics.Map(app.MapGroup("/ics"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fakes.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        fakes._host = app;
        return fakes;
    }

    /// <summary>The configuration that sends the platform's modules here (OAuth apps, API bases).</summary>
    public IReadOnlyDictionary<string, string> Settings()
    {
        var root = BaseAddress.ToString().TrimEnd('/');
        return new Dictionary<string, string>
        {
            ["Calendars:Google:ClientId"] = GoogleCalendarFake.ClientId,
            ["Calendars:Google:ClientSecret"] = GoogleCalendarFake.ClientSecret,
            ["Calendars:Google:AuthorizationEndpoint"] = $"{root}/google/o/oauth2/v2/auth",
            ["Calendars:Google:TokenEndpoint"] = $"{root}/google/token",
            ["Calendars:Google:ApiBase"] = $"{root}/google/calendar/v3/",
            ["Calendars:Microsoft:ClientId"] = MicrosoftGraphFake.ClientId,
            ["Calendars:Microsoft:ClientSecret"] = MicrosoftGraphFake.ClientSecret,
            ["Calendars:Microsoft:AuthorityBase"] = $"{root}/microsoft/login/",
            ["Calendars:Microsoft:GraphBase"] = $"{root}/microsoft/graph/v1.0",
            ["Video:Hms:ApiBase"] = $"{root}/hms/v2/",
            ["Video:Daily:ApiBase"] = $"{root}/daily/v1/",
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
