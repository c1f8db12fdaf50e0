using System.Text.RegularExpressions;
using Platform.Modules.Calendars;

namespace Platform.IntegrationTests.CalendarTests;

/// <summary>Busy sync (full, incremental, recurring) and writing bookings as events, against the Google fake.</summary>
public sealed partial class GoogleCalendarProviderTests
{
    [Fact]
    public async Task A_full_then_an_incremental_sync_see_added_changed_and_cancelled_events()
    {
        var meeting = Google.AddEvent(Email, Email, "Meeting", Local(2026, 10, 5, 10), Local(2026, 10, 5, 11));
        var lunch = Google.AddEvent(Email, Email, "Lunch", Local(2026, 10, 6, 12), Local(2026, 10, 6, 13));
        var free = Google.AddEvent(Email, Email, "Focus (free)", Local(2026, 10, 7, 9), Local(2026, 10, 7, 10), transparent: true);
        var declined = Google.AddEvent(Email, Email, "Declined", Local(2026, 10, 8, 9), Local(2026, 10, 8, 10), selfResponse: "declined");
        var trip = Google.AddAllDayEvent(Email, Email, "Trip", new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 11));
        Google.AddEvent(Email, Email, "Outside the window", Local(2026, 12, 1, 9), Local(2026, 12, 1, 10));
        Google.PageSize = 2;
        var tokens = await ConnectAsync();

        var full = await _provider.SyncBusyAsync(tokens.AccessToken, Email, null, _now, _now.AddDays(30), default);
        Assert.True(full.Complete);
        Assert.NotNull(full.NextSyncToken);
        Assert.Equal([meeting, lunch, trip], full.Busy.Select(b => b.Id));
        Assert.Equal([free, declined], full.Removed);
        var allDay = full.Busy.Single(b => b.Id == trip);
        Assert.Equal(Local(2026, 10, 9, 0), allDay.StartsAt);
        Assert.Equal(Local(2026, 10, 11, 0), allDay.EndsAt);
        Assert.Equal(Local(2026, 10, 5, 10), full.Busy[0].StartsAt);

        var added = Google.AddEvent(Email, Email, "Dentist", Local(2026, 10, 12, 15), Local(2026, 10, 12, 16));
        Google.MoveEvent(Email, Email, meeting, Local(2026, 10, 5, 14), Local(2026, 10, 5, 15));
        Google.CancelEvent(Email, Email, lunch);
        var changes = await _provider.SyncBusyAsync(tokens.AccessToken, Email, full.NextSyncToken, _now, _now.AddDays(30), default);
        Assert.False(changes.Complete);
        Assert.Equal([added, meeting], changes.Busy.Select(b => b.Id));
        Assert.Equal(Local(2026, 10, 5, 14), changes.Busy.Single(b => b.Id == meeting).StartsAt);
        Assert.Equal([lunch], changes.Removed);
        Assert.Contains(Google.Requests, r => r.Path.Contains("syncToken=", StringComparison.Ordinal)
            && !r.Path.Contains("timeMin", StringComparison.Ordinal));

        var nothing = await _provider.SyncBusyAsync(tokens.AccessToken, Email, changes.NextSyncToken, _now, _now.AddDays(30), default);
        Assert.Empty(nothing.Busy);
        Assert.Empty(nothing.Removed);
    }

    [Fact]
    public async Task A_weekly_event_keeps_its_local_time_across_the_DST_change()
    {
        // Berlin leaves summer time on 25 October 2026: 09:00 is 07:00 UTC before and 08:00 UTC after.
        var series = Google.AddEvent(Email, Email, "Weekly sync", Local(2026, 10, 20, 9), Local(2026, 10, 20, 9, 30),
            timeZone: "Europe/Berlin", recurrence: "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3");
        var tokens = await ConnectAsync();
        var sync = await _provider.SyncBusyAsync(tokens.AccessToken, Email, null, _now, _now.AddDays(60), default);
        Assert.Equal(
            [$"{series}_20261020T070000Z", $"{series}_20261027T080000Z", $"{series}_20261103T080000Z"],
            sync.Busy.Select(b => b.Id));
        Assert.All(sync.Busy, b =>
        {
            Assert.Equal(new TimeSpan(9, 0, 0), TimeZoneInfo.ConvertTime(b.StartsAt, Berlin).TimeOfDay);
            Assert.Equal(TimeSpan.FromMinutes(30), b.EndsAt - b.StartsAt);
        });
    }

    [Fact]
    public async Task Writing_the_same_booking_twice_makes_one_event()
    {
        var tokens = await ConnectAsync();
        var spec = Booking("booking-7f3a", "Haircut");
        var first = await _provider.UpsertEventAsync(tokens.AccessToken, Email, spec, null, default);
        // A retry after a lost answer: the same key finds the same event (insert answers 409, then patch).
        var second = await _provider.UpsertEventAsync(tokens.AccessToken, Email, spec with { Title = "Haircut (updated)" }, null, default);
        Assert.Equal(first, second);
        Assert.Matches(new Regex("^[a-v0-9]{5,1024}$"), first);
        var stored = Assert.Single(Google.Events(Email, Email));
        Assert.Equal("Haircut (updated)", stored.Summary);
        Assert.Equal(spec.StartsAt, stored.Start);
        Assert.Equal("Europe/Berlin", stored.TimeZone);
        Assert.Equal("https://video.example/room-1", stored.Location);
        Assert.Contains("https://video.example/room-1", stored.Description, StringComparison.Ordinal);
        Assert.Equal(["ana@example.com"], stored.AttendeeEmails);
        Assert.Contains(Google.Requests, r => r.Method == "POST" && r.Status == 409);
        Assert.All(Google.Requests.Where(r => r.Method is "POST" or "PATCH" && r.Path.Contains("/events", StringComparison.Ordinal)),
            r => Assert.Contains("sendUpdates=none", r.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Patching_updates_the_event_and_a_vanished_one_is_written_again()
    {
        var tokens = await ConnectAsync();
        var id = await _provider.UpsertEventAsync(tokens.AccessToken, Email, Booking("booking-1", "Massage"), null, default);
        var moved = Booking("booking-1", "Massage") with { StartsAt = Local(2026, 10, 14, 16), EndsAt = Local(2026, 10, 14, 17) };
        Assert.Equal(id, await _provider.UpsertEventAsync(tokens.AccessToken, Email, moved, id, default));
        var stored = Assert.Single(Google.Events(Email, Email));
        Assert.Equal(Local(2026, 10, 14, 16), stored.Start);
        Assert.Equal(Local(2026, 10, 14, 17), stored.End);

        var other = await _provider.UpsertEventAsync(tokens.AccessToken, Email, Booking("booking-2", "Yoga"), "gone0000000", default);
        Assert.NotEqual("gone0000000", other);
        Assert.Equal(2, Google.Events(Email, Email).Count);
    }

    [Fact]
    public async Task Deleting_twice_or_an_unknown_event_is_fine()
    {
        var tokens = await ConnectAsync();
        var id = await _provider.UpsertEventAsync(tokens.AccessToken, Email, Booking("booking-9", "Lesson"), null, default);
        await _provider.DeleteEventAsync(tokens.AccessToken, Email, id, default);
        await _provider.DeleteEventAsync(tokens.AccessToken, Email, id, default);
        await _provider.DeleteEventAsync(tokens.AccessToken, Email, "never00000", default);
        Assert.Equal("cancelled", Assert.Single(Google.Events(Email, Email)).Status);
        Assert.Contains(Google.Requests, r => r.Method == "DELETE" && r.Status == 410);
        Assert.Contains(Google.Requests, r => r.Method == "DELETE" && r.Status == 404);
    }

    [Fact]
    public async Task A_rate_limited_request_is_retried_after_Retry_After()
    {
        var tokens = await ConnectAsync();
        Google.RateLimitNext(2, TimeSpan.FromSeconds(1));
        var account = await _provider.GetAccountAsync(tokens.AccessToken, default);
        Assert.Equal(Email, account.Email);
        var calls = Google.Requests.Where(r => r.Path.Contains("calendarList", StringComparison.Ordinal)).Select(r => r.Status);
        Assert.Equal([429, 429, 200], calls);

        Google.RateLimitNext(10, TimeSpan.FromSeconds(1));
        var limited = await Assert.ThrowsAsync<CalendarRateLimitedException>(() => _provider.GetAccountAsync(tokens.AccessToken, default));
        Assert.Equal(TimeSpan.FromSeconds(1), limited.RetryAfter);
    }

    [Fact]
    public async Task Watching_opens_a_channel_and_stopping_closes_it()
    {
        var tokens = await ConnectAsync();
        var channel = await _provider.WatchAsync(tokens.AccessToken, Email, new Uri("https://platform.example/webhooks/google"),
            "client-state-1", default);
        Assert.NotNull(channel);
        Assert.NotNull(channel.ResourceId);
        Assert.Equal(_now.AddDays(7), channel.ExpiresAt);
        Assert.Equal([channel.Id], Google.OpenChannels);
        await _provider.StopWatchAsync(tokens.AccessToken, channel, default);
        Assert.Empty(Google.OpenChannels);
        await _provider.StopWatchAsync(tokens.AccessToken, channel, default);
        await Assert.ThrowsAsync<CalendarRejectedException>(() => _provider.WatchAsync(tokens.AccessToken, Email,
            new Uri("http://platform.example/webhooks/google"), "client-state-2", default));
    }

    [Fact]
    public async Task The_fake_refuses_what_Google_refuses()
    {
        var tokens = await ConnectAsync();
        var events = new Uri($"{_fakes.Settings()["Calendars:Google:ApiBase"]}calendars/{Uri.EscapeDataString(Email)}/events");
        async Task<int> StatusAsync(HttpMethod method, Uri uri, string? json = null)
        {
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.Authorization = new("Bearer", tokens.AccessToken);
            if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            using var response = await _http.SendAsync(request);
            return (int)response.StatusCode;
        }
        const string Times = "\"start\":{\"dateTime\":\"2026-10-14T10:00:00Z\"},\"end\":{\"dateTime\":\"2026-10-14T11:00:00Z\"}";
        // Event ids are base32hex: "w", "x", "y", "z" and upper case are not allowed, nor fewer than 5 characters.
        Assert.Equal(400, await StatusAsync(HttpMethod.Post, events, $$"""{"id":"wxyz12345",{{Times}}}"""));
        Assert.Equal(400, await StatusAsync(HttpMethod.Post, events, $$"""{"id":"abc",{{Times}}}"""));
        Assert.Equal(200, await StatusAsync(HttpMethod.Post, events, $$"""{"id":"abcdef0123",{{Times}}}"""));
        Assert.Equal(409, await StatusAsync(HttpMethod.Post, events, $$"""{"id":"abcdef0123",{{Times}}}"""));
        var full = await _provider.SyncBusyAsync(tokens.AccessToken, Email, null, _now, _now.AddDays(30), default);
        var mixed = new Uri($"{events}?syncToken={Uri.EscapeDataString(full.NextSyncToken!)}&timeMin=2026-10-01T00%3A00%3A00Z");
        Assert.Equal(400, await StatusAsync(HttpMethod.Get, mixed));
    }

    private static CalendarEventSpec Booking(string key, string title) => new(
        key, title, "Booked through Platform", Local(2026, 10, 14, 10), Local(2026, 10, 14, 11), "Europe/Berlin",
        Location: null, VideoUrl: "https://video.example/room-1", AttendeeEmail: "ana@example.com", AttendeeName: "Ana");
}
