using System.Text.Json.Nodes;
using Platform.Modules.Calendars;

namespace Platform.IntegrationTests.CalendarTests;

/// <summary>Reading busy time from a Microsoft 365 calendar: calendarView delta, in full and then incrementally.</summary>
public sealed class MicrosoftCalendarSyncTests : IAsyncLifetime
{
    private const string Email = "host@contoso.example";

    private static readonly DateTimeOffset WindowStart = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowEnd = new(2027, 5, 1, 0, 0, 0, TimeSpan.Zero);

    private MicrosoftCalendarHarness _harness = null!;
    private string _accessToken = null!;
    private string _calendarId = null!;

    private ICalendarProvider Provider => _harness.Provider;

    public async Task InitializeAsync()
    {
        _harness = await MicrosoftCalendarHarness.StartAsync();
        _accessToken = (await _harness.ConnectAsync(Email)).AccessToken;
        _calendarId = _harness.Graph.DefaultCalendarId(Email);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<BusySync> SyncAsync(string? token) =>
        Provider.SyncBusyAsync(_accessToken, _calendarId, token, WindowStart, WindowEnd, default);

    private string Add(string subject, int day, int hour, string showAs = "busy", bool isCancelled = false) =>
        _harness.Graph.AddEvent(
            Email, _calendarId, subject, At(day, hour), At(day, hour + 1), showAs, isCancelled);

    private static DateTimeOffset At(int day, int hour) => new(2027, 3, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_full_sync_pages_through_the_window_then_an_incremental_one_reports_added_changed_and_removed()
    {
        var dentist = Add("Dentist", 2, 9);
        var lunch = Add("Lunch", 3, 12);
        var gym = Add("Gym", 4, 18, showAs: "tentative");
        var focus = Add("Focus time", 5, 8, showAs: "free");
        var cancelled = Add("Cancelled call", 8, 15, isCancelled: true);
        var away = Add("Conference", 9, 8, showAs: "oof");
        _ = _harness.Graph.AddEvent(Email, _calendarId, "Outside", WindowEnd.AddDays(3), WindowEnd.AddDays(3).AddHours(1));

        var full = await SyncAsync(null);
        Assert.True(full.Complete);
        Assert.Equal(new[] { away, dentist, gym, lunch }.Order(), full.Busy.Select(busy => busy.Id).Order());
        Assert.Equal(new[] { cancelled, focus }.Order(), full.Removed.Order());
        Assert.Equal(At(2, 9), full.Busy.Single(busy => busy.Id == dentist).StartsAt);
        Assert.Equal(At(2, 10), full.Busy.Single(busy => busy.Id == dentist).EndsAt);
        Assert.Contains(_harness.Graph.Requests, request => request.Contains("$skiptoken=", StringComparison.Ordinal));
        Assert.NotNull(full.NextSyncToken);

        var coffee = Add("Coffee", 10, 10);
        _harness.Graph.UpdateEvent(Email, lunch, json =>
        {
            json["start"] = new JsonObject { ["dateTime"] = "2027-03-03T13:00:00", ["timeZone"] = "UTC" };
            json["end"] = new JsonObject { ["dateTime"] = "2027-03-03T14:30:00", ["timeZone"] = "UTC" };
        });
        _harness.Graph.UpdateEvent(Email, gym, json => json["showAs"] = "free");
        _harness.Graph.RemoveEvent(Email, dentist);

        var changes = await SyncAsync(full.NextSyncToken);
        Assert.False(changes.Complete);
        Assert.Equal(new[] { coffee, lunch }.Order(), changes.Busy.Select(busy => busy.Id).Order());
        Assert.Equal(At(3, 13), changes.Busy.Single(busy => busy.Id == lunch).StartsAt);
        Assert.Equal(new[] { dentist, gym }.Order(), changes.Removed.Order());

        var nothing = await SyncAsync(changes.NextSyncToken);
        Assert.Empty(nothing.Busy);
        Assert.Empty(nothing.Removed);
    }

    [Fact]
    public async Task A_delta_token_Graph_has_forgotten_is_SyncTokenExpired_and_so_is_one_that_is_not_a_Graph_link()
    {
        Add("Dentist", 2, 9);
        var full = await SyncAsync(null);
        _harness.Graph.ExpireDeltaTokens();
        await Assert.ThrowsAsync<CalendarSyncTokenExpiredException>(() => SyncAsync(full.NextSyncToken));
        await Assert.ThrowsAsync<CalendarSyncTokenExpiredException>(() => SyncAsync("https://attacker.example/steal?$deltatoken=x"));

        var again = await SyncAsync(null);
        Assert.True(again.Complete);
        Assert.Single(again.Busy);
    }

    [Theory]
    [InlineData("Europe/London")]
    [InlineData("GMT Standard Time")]
    public async Task A_weekly_series_comes_expanded_at_the_same_local_time_across_the_DST_change(string zoneName)
    {
        // Mondays and Wednesdays 09:00 London time, 8 March to 7 April 2027; the UK moves to BST on 28 March.
        var series = _harness.Graph.AddWeeklyEvent(
            Email, _calendarId, "Team stand-up", new DateTime(2027, 3, 8, 9, 0, 0), TimeSpan.FromMinutes(30), zoneName,
            [DayOfWeek.Monday, DayOfWeek.Wednesday], new DateOnly(2027, 4, 7));

        var sync = await SyncAsync(null);

        var occurrences = sync.Busy.OrderBy(busy => busy.StartsAt).ToList();
        Assert.Equal(10, occurrences.Count);
        Assert.All(occurrences, busy => Assert.StartsWith(series, busy.Id, StringComparison.Ordinal));
        Assert.Equal(occurrences.Count, occurrences.Select(busy => busy.Id).Distinct().Count());
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Assert.All(occurrences, busy =>
        {
            Assert.Equal(new TimeSpan(9, 0, 0), TimeZoneInfo.ConvertTime(busy.StartsAt, london).TimeOfDay);
            Assert.Equal(TimeSpan.FromMinutes(30), busy.EndsAt - busy.StartsAt);
        });
        Assert.Equal(new DateTimeOffset(2027, 3, 24, 9, 0, 0, TimeSpan.Zero), occurrences[5].StartsAt);
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 8, 0, 0, TimeSpan.Zero), occurrences[6].StartsAt);

        // Cancelling the series removes every occurrence on the next incremental sync.
        _harness.Graph.RemoveEvent(Email, series);
        var removed = await SyncAsync(sync.NextSyncToken);
        Assert.Empty(removed.Busy);
        Assert.Equal(occurrences.Select(busy => busy.Id).Order(), removed.Removed.Order());
    }

    [Fact]
    public async Task An_expired_access_token_is_Unauthorized_while_syncing()
    {
        _harness.Graph.ExpireAccessTokens();
        await Assert.ThrowsAsync<CalendarUnauthorizedException>(() => SyncAsync(null));
    }
}
