using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.IntegrationTests.Fakes;
using Platform.Modules.Calendars;
using Platform.Modules.Calendars.Microsoft;

namespace Platform.IntegrationTests.CalendarTests;

/// <summary>
/// The Microsoft calendar module as the platform registers it (settings, HTTP client, provider), pointed at the
/// provider fakes, plus the account connection every test starts from.
/// </summary>
public sealed class MicrosoftCalendarHarness : IAsyncDisposable
{
    public static readonly Uri RedirectUri = new("https://platform.example/integrations/calendars/microsoft/callback");

    private readonly IHost _host;

    private MicrosoftCalendarHarness(ProviderFakes fakes, IHost host)
    {
        Fakes = fakes;
        _host = host;
        Provider = host.Services.GetServices<ICalendarProvider>().Single(provider => provider.Kind == CalendarKind.Microsoft);
    }

    public ProviderFakes Fakes { get; }

    public MicrosoftGraphFake Graph => Fakes.Microsoft;

    public ICalendarProvider Provider { get; }

    public static async Task<MicrosoftCalendarHarness> StartAsync()
    {
        var fakes = await ProviderFakes.StartAsync();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(fakes.Settings().Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)));
        builder.AddMicrosoftCalendar();
        return new MicrosoftCalendarHarness(fakes, builder.Build());
    }

    /// <summary>A PKCE pair: a random verifier and its S256 challenge.</summary>
    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (verifier, WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>Consent on the fake's page and the code exchanged, as the platform's connect flow does.</summary>
    public async Task<CalendarTokens> ConnectAsync(string email)
    {
        var (verifier, challenge) = Pkce();
        var consent = Provider.ConsentUrl(new ConsentRequest(RedirectUri, "state-1", challenge, email));
        var code = Graph.ApproveConsent(consent, email);
        return await Provider.ExchangeCodeAsync(code, verifier, RedirectUri, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await Fakes.DisposeAsync();
    }
}
