using Platform.Modules.Calendars;

namespace Platform.IntegrationTests.CalendarTests;

/// <summary>Connecting a Microsoft 365 calendar, reading the account, and writing booking events, against the fakes.</summary>
public sealed class MicrosoftCalendarProviderTests : IAsyncLifetime
{
    private const string Email = "host@contoso.example";

    private MicrosoftCalendarHarness _harness = null!;

    private ICalendarProvider Provider => _harness.Provider;

    public async Task InitializeAsync() => _harness = await MicrosoftCalendarHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Consent_and_exchange_with_PKCE_gives_tokens_and_a_wrong_verifier_or_reused_code_is_refused()
    {
        Assert.True(Provider.IsConfigured);
        var (verifier, challenge) = MicrosoftCalendarHarness.Pkce();
        var consent = Provider.ConsentUrl(new ConsentRequest(MicrosoftCalendarHarness.RedirectUri, "state-7", challenge, Email));
        Assert.Contains("/microsoft/login/common/oauth2/v2.0/authorize?", consent.ToString(), StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", consent.Query, StringComparison.Ordinal);
        Assert.Contains("offline_access", Uri.UnescapeDataString(consent.Query), StringComparison.Ordinal);
        var code = _harness.Graph.ApproveConsent(consent, Email);

        var wrong = await Assert.ThrowsAsync<CalendarRejectedException>(() =>
            Provider.ExchangeCodeAsync(code, MicrosoftCalendarHarness.Pkce().Verifier, MicrosoftCalendarHarness.RedirectUri, default));
        Assert.Contains("AADSTS501481", wrong.Message, StringComparison.Ordinal);

        var tokens = await Provider.ExchangeCodeAsync(code, verifier, MicrosoftCalendarHarness.RedirectUri, default);
        Assert.False(string.IsNullOrEmpty(tokens.AccessToken));
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
        Assert.InRange(tokens.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(55), DateTimeOffset.UtcNow.AddMinutes(65));

        var reused = await Assert.ThrowsAsync<CalendarRejectedException>(() =>
            Provider.ExchangeCodeAsync(code, verifier, MicrosoftCalendarHarness.RedirectUri, default));
        Assert.DoesNotContain(tokens.AccessToken, reused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_rotates_the_refresh_token_and_the_old_one_is_refused()
    {
        var tokens = await _harness.ConnectAsync(Email);
        var refreshed = await Provider.RefreshAsync(tokens.RefreshToken!, default);
        Assert.NotEqual(tokens.RefreshToken, refreshed.RefreshToken);
        Assert.NotEqual(tokens.AccessToken, refreshed.AccessToken);
        Assert.Equal(Email, (await Provider.GetAccountAsync(refreshed.AccessToken, default)).Email);
        await Assert.ThrowsAsync<CalendarGrantRevokedException>(() => Provider.RefreshAsync(tokens.RefreshToken!, default));
    }

    [Fact]
    public async Task A_revoked_grant_is_GrantRevoked_and_an_expired_access_token_is_Unauthorized()
    {
        var tokens = await _harness.ConnectAsync(Email);
        _harness.Graph.ExpireAccessTokens();
        await Assert.ThrowsAsync<CalendarUnauthorizedException>(() => Provider.GetAccountAsync(tokens.AccessToken, default));

        _harness.Graph.Revoke(Email);
        var revoked = await Assert.ThrowsAsync<CalendarGrantRevokedException>(() => Provider.RefreshAsync(tokens.RefreshToken!, default));
        Assert.Contains("AADSTS50173", revoked.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(tokens.RefreshToken!, revoked.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_has_its_address_and_calendars_with_the_default_primary_and_read_only_ones_marked()
    {
        var tokens = await _harness.ConnectAsync(Email);
        var account = await Provider.GetAccountAsync(tokens.AccessToken, default);
        Assert.Equal(Email, account.Email);
        Assert.Equal(3, account.Calendars.Count);
        var primary = Assert.Single(account.Calendars, calendar => calendar.Primary);
        Assert.Equal(_harness.Graph.DefaultCalendarId(Email), primary.Id);
        Assert.True(primary.CanWrite);
        Assert.Contains(account.Calendars, calendar => calendar.Name == "Birthdays" && !calendar.CanWrite);
    }

    [Fact]
    public async Task Creating_twice_with_the_same_key_makes_one_event_then_patch_updates_it_and_delete_twice_is_fine()
    {
        var tokens = await _harness.ConnectAsync(Email);
        var calendarId = _harness.Graph.DefaultCalendarId(Email);
        var spec = Booking("booking-42", "Haircut with Ana", new DateTimeOffset(2027, 1, 15, 9, 30, 0, TimeSpan.FromHours(1)));

        var first = await Provider.UpsertEventAsync(tokens.AccessToken, calendarId, spec, null, default);
        var second = await Provider.UpsertEventAsync(tokens.AccessToken, calendarId, spec, null, default);
        Assert.Equal(first, second);
        var stored = Assert.Single(_harness.Graph.Events(Email, calendarId));
        Assert.True(Guid.TryParse(stored["transactionId"]!.GetValue<string>(), out _));
        Assert.Equal("Haircut with Ana", stored["subject"]!.GetValue<string>());
        Assert.Equal("2027-01-15T08:30:00", stored["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("UTC", stored["start"]!["timeZone"]!.GetValue<string>());
        Assert.Contains("https://video.example/room-42", stored["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("guest@fabrikam.example", stored["attendees"]![0]!["emailAddress"]!["address"]!.GetValue<string>());

        var moved = spec with
        {
            Title = "Haircut with Ana (moved)", StartsAt = spec.StartsAt.AddHours(2), EndsAt = spec.EndsAt.AddHours(2),
        };
        Assert.Equal(first, await Provider.UpsertEventAsync(tokens.AccessToken, calendarId, moved, first, default));
        stored = Assert.Single(_harness.Graph.Events(Email, calendarId));
        Assert.Equal("Haircut with Ana (moved)", stored["subject"]!.GetValue<string>());
        Assert.Equal("2027-01-15T10:30:00", stored["start"]!["dateTime"]!.GetValue<string>());

        await Provider.DeleteEventAsync(tokens.AccessToken, calendarId, first, default);
        await Provider.DeleteEventAsync(tokens.AccessToken, calendarId, first, default);
        Assert.Empty(_harness.Graph.Events(Email, calendarId));

        // The owner deleted it in Outlook: an update makes it again, under a new id.
        var again = await Provider.UpsertEventAsync(tokens.AccessToken, calendarId, moved, first, default);
        Assert.NotEqual(first, again);
        Assert.Equal(again, Assert.Single(_harness.Graph.Events(Email, calendarId))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Watch_subscribes_to_the_calendar_and_stop_unsubscribes_even_twice()
    {
        var tokens = await _harness.ConnectAsync(Email);
        var calendarId = _harness.Graph.DefaultCalendarId(Email);
        var channel = await Provider.WatchAsync(
            tokens.AccessToken, calendarId, new Uri("https://platform.example/webhooks/calendars/microsoft"), "secret-state", default);

        Assert.NotNull(channel);
        Assert.Equal($"me/calendars/{calendarId}/events", channel.ResourceId);
        Assert.InRange(channel.ExpiresAt, DateTimeOffset.UtcNow.AddDays(2.5), DateTimeOffset.UtcNow.AddMinutes(4230));
        var subscription = Assert.Single(_harness.Graph.Subscriptions(Email));
        Assert.Equal("secret-state", subscription["clientState"]!.GetValue<string>());
        Assert.Equal("created,updated,deleted", subscription["changeType"]!.GetValue<string>());

        await Provider.StopWatchAsync(tokens.AccessToken, channel, default);
        await Provider.StopWatchAsync(tokens.AccessToken, channel, default);
        Assert.Empty(_harness.Graph.Subscriptions(Email));
    }

    [Fact]
    public async Task Throttling_is_retried_after_Retry_After_and_what_outlasts_the_retries_is_RateLimited()
    {
        var tokens = await _harness.ConnectAsync(Email);
        _harness.Graph.RateLimitNext(2, TimeSpan.FromSeconds(1));
        var account = await Provider.GetAccountAsync(tokens.AccessToken, default);
        Assert.Equal(Email, account.Email);
        var accountReads = _harness.Graph.Requests
            .Count(request => request.StartsWith("GET /microsoft/graph/v1.0/me?", StringComparison.Ordinal));
        Assert.Equal(3, accountReads);

        _harness.Graph.RateLimitNext(100, TimeSpan.FromSeconds(1));
        var limited = await Assert.ThrowsAsync<CalendarRateLimitedException>(() => Provider.GetAccountAsync(tokens.AccessToken, default));
        Assert.Equal(TimeSpan.FromSeconds(1), limited.RetryAfter);

        // A wait longer than a job should hold goes straight back to the caller, with the service's Retry-After.
        _harness.Graph.RateLimitNext(1, TimeSpan.FromMinutes(2));
        var started = DateTimeOffset.UtcNow;
        var later = await Assert.ThrowsAsync<CalendarRateLimitedException>(() => Provider.GetAccountAsync(tokens.AccessToken, default));
        Assert.Equal(TimeSpan.FromMinutes(2), later.RetryAfter);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(20));
        _harness.Graph.RateLimitNext(0, TimeSpan.Zero);
    }

    private static CalendarEventSpec Booking(string key, string title, DateTimeOffset startsAt) => new(
        key, title, "Booked on Platform.\nSee you soon.", startsAt, startsAt.AddMinutes(45), "Europe/Madrid",
        "Calle Mayor 1, Madrid", "https://video.example/room-42", "guest@fabrikam.example", "Grace Guest");
}
