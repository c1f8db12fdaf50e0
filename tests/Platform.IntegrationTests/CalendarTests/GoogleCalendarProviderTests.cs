using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Platform.IntegrationTests.Fakes;
using Platform.Modules.Calendars;
using Platform.Modules.Calendars.Google;
using Platform.Modules.Http;

namespace Platform.IntegrationTests.CalendarTests;

/// <summary>The real <see cref="GoogleCalendarProvider"/> over HTTP (with its Retry-After handler) against the Google fake.</summary>
public sealed partial class GoogleCalendarProviderTests : IAsyncLifetime
{
    private const string Email = "host@example.com";
    private static readonly Uri Redirect = new("https://platform.example/integrations/google/callback");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private ProviderFakes _fakes = null!;
    private HttpClient _http = null!;
    private GoogleCalendarProvider _provider = null!;
    private DateTimeOffset _now = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    private GoogleCalendarFake Google => _fakes.Google;

    public async Task InitializeAsync()
    {
        _fakes = await ProviderFakes.StartAsync();
        _fakes.Now = () => _now;
        var settings = _fakes.Settings();
        var options = new GoogleCalendarOptions
        {
            ClientId = settings["Calendars:Google:ClientId"],
            ClientSecret = settings["Calendars:Google:ClientSecret"],
            AuthorizationEndpoint = settings["Calendars:Google:AuthorizationEndpoint"],
            TokenEndpoint = settings["Calendars:Google:TokenEndpoint"],
            ApiBase = settings["Calendars:Google:ApiBase"],
        };
        var clock = new TestClock(() => _now);
        _http = new HttpClient(new RetryAfterHandler(clock) { InnerHandler = new HttpClientHandler() });
        _provider = new GoogleCalendarProvider(Options.Create(options), new SingleClientFactory(_http), clock);
        Google.AddAccount(Email);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fakes.DisposeAsync();
    }

    [Fact]
    public async Task Consent_asks_for_offline_access_with_S256_and_the_exchange_checks_the_verifier()
    {
        var (verifier, challenge) = Pkce();
        var url = _provider.ConsentUrl(new ConsentRequest(Redirect, "state-42", challenge, Email));
        var query = QueryHelpers.ParseQuery(url.Query);
        Assert.StartsWith(_fakes.Settings()["Calendars:Google:AuthorizationEndpoint"], url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(GoogleCalendarFake.ClientId, query["client_id"]);
        Assert.Equal(Redirect.AbsoluteUri, query["redirect_uri"]);
        Assert.Equal(GoogleCalendarProvider.Scopes, query["scope"]);
        Assert.Equal("offline", query["access_type"]);
        Assert.Equal("consent", query["prompt"]);
        Assert.Equal("true", query["include_granted_scopes"]);
        Assert.Equal("state-42", query["state"]);
        Assert.Equal(challenge, query["code_challenge"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(Email, query["login_hint"]);
        using (var page = await _http.GetAsync(url))
            Assert.True(page.IsSuccessStatusCode);

        var code = Google.ApproveConsent(url, Email);
        var (wrongVerifier, _) = Pkce();
        await Assert.ThrowsAsync<CalendarGrantRevokedException>(() => _provider.ExchangeCodeAsync(code, wrongVerifier, Redirect, default));
        // The code was spent on the failed attempt, as Google spends it.
        await Assert.ThrowsAsync<CalendarGrantRevokedException>(() => _provider.ExchangeCodeAsync(code, verifier, Redirect, default));

        var tokens = await ConnectAsync();
        Assert.NotNull(tokens.RefreshToken);
        Assert.Equal(_now.AddHours(1), tokens.ExpiresAt);
        Assert.Equal(Email, (await _provider.GetAccountAsync(tokens.AccessToken, default)).Email);
    }

    [Fact]
    public async Task Refresh_gives_a_new_access_token_and_keeps_the_refresh_token()
    {
        var first = await ConnectAsync();
        _now = _now.AddMinutes(30);
        var refreshed = await _provider.RefreshAsync(first.RefreshToken!, default);
        Assert.NotEqual(first.AccessToken, refreshed.AccessToken);
        Assert.Equal(first.RefreshToken, refreshed.RefreshToken);
        Assert.Equal(_now.AddHours(1), refreshed.ExpiresAt);
        Assert.Single((await _provider.GetAccountAsync(refreshed.AccessToken, default)).Calendars);
    }

    [Fact]
    public async Task A_revoked_grant_is_reported_as_revoked()
    {
        var tokens = await ConnectAsync();
        Google.Revoke(Email);
        await Assert.ThrowsAsync<CalendarGrantRevokedException>(() => _provider.RefreshAsync(tokens.RefreshToken!, default));
        await Assert.ThrowsAsync<CalendarUnauthorizedException>(() => _provider.GetAccountAsync(tokens.AccessToken, default));
    }

    [Fact]
    public async Task An_expired_access_token_is_unauthorized_until_refreshed()
    {
        var tokens = await ConnectAsync();
        _now = _now.AddMinutes(61);
        var refused = await Assert.ThrowsAsync<CalendarUnauthorizedException>(() => _provider.GetAccountAsync(tokens.AccessToken, default));
        Assert.DoesNotContain(tokens.AccessToken, refused.Message, StringComparison.Ordinal);
        var refreshed = await _provider.RefreshAsync(tokens.RefreshToken!, default);
        Google.ExpireAccessTokens();
        await Assert.ThrowsAsync<CalendarUnauthorizedException>(() => _provider.GetAccountAsync(refreshed.AccessToken, default));
        var again = await _provider.RefreshAsync(tokens.RefreshToken!, default);
        Assert.Equal(Email, (await _provider.GetAccountAsync(again.AccessToken, default)).Email);
    }

    [Fact]
    public async Task Lists_every_calendar_page_with_the_primary_one_and_write_access()
    {
        Google.AddCalendar(Email, "team@group.calendar.google.com", "Team", accessRole: "writer");
        Google.AddCalendar(Email, "holidays@group.v.calendar.google.com", "Holidays", accessRole: "reader");
        Google.PageSize = 1;
        var tokens = await ConnectAsync();
        var account = await _provider.GetAccountAsync(tokens.AccessToken, default);
        Assert.Equal(3, account.Calendars.Count);
        var primary = Assert.Single(account.Calendars, c => c.Primary);
        Assert.Equal(Email, primary.Id);
        Assert.True(primary.CanWrite);
        Assert.Equal("Europe/Berlin", primary.TimeZone);
        Assert.True(account.Calendars.Single(c => c.Name == "Team").CanWrite);
        Assert.False(account.Calendars.Single(c => c.Name == "Holidays").CanWrite);
    }

    [Fact]
    public async Task An_expired_sync_token_asks_for_a_full_sync()
    {
        var tokens = await ConnectAsync();
        var full = await _provider.SyncBusyAsync(tokens.AccessToken, Email, null, _now, _now.AddDays(30), default);
        Google.ExpireSyncTokens();
        await Assert.ThrowsAsync<CalendarSyncTokenExpiredException>(() =>
            _provider.SyncBusyAsync(tokens.AccessToken, Email, full.NextSyncToken, _now, _now.AddDays(30), default));
    }

    private async Task<CalendarTokens> ConnectAsync(string email = Email)
    {
        var (verifier, challenge) = Pkce();
        var code = Google.ApproveConsent(_provider.ConsentUrl(new ConsentRequest(Redirect, "state", challenge, email)), email);
        return await _provider.ExchangeCodeAsync(code, verifier, Redirect, default);
    }

    private static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Berlin.GetUtcOffset(local));
    }

    private sealed class TestClock(Func<DateTimeOffset> now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now();
    }

    private sealed class SingleClientFactory(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }
}
