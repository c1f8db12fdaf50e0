using Platform.Modules.Calendars;
using Platform.Modules.Calendars.Ics;

namespace Platform.UnitTests.Calendars;

/// <summary>Expanding a feed into busy times: zones, recurrence exceptions and overrides, and hostile input.</summary>
public sealed class IcsBusyTimesTests
{
    private static readonly DateTimeOffset October = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MidNovember = new(2026, 11, 15, 0, 0, 0, TimeSpan.Zero);

    private static string Feed(params string[] events) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + string.Concat(events) + "END:VCALENDAR\r\n";

    private static string Event(string uid, params string[] lines) =>
        $"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n" + string.Concat(lines.Select(l => l + "\r\n")) + "END:VEVENT\r\n";

    private static readonly string WeeklyBerlin = Event("weekly@test",
        "DTSTART;TZID=Europe/Berlin:20261015T090000", "DTEND;TZID=Europe/Berlin:20261015T100000", "RRULE:FREQ=WEEKLY;COUNT=4");

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<ExternalBusy> Expand(string ics) => IcsBusyTimes.Expand(ics, October, MidNovember);

    [Fact]
    public void Weekly_berlin_meeting_stays_at_nine_local_across_the_october_change()
    {
        var busy = Expand(Feed(WeeklyBerlin));
        // 25 October 2026 is the last Sunday of October: 09:00 in Berlin is 07:00 UTC before it and 08:00 UTC after.
        Assert.Equal([Utc(10, 15, 7), Utc(10, 22, 7), Utc(10, 29, 8), Utc(11, 5, 8)], busy.Select(b => b.StartsAt));
        Assert.All(busy, b => Assert.Equal(TimeSpan.FromHours(1), b.EndsAt - b.StartsAt));
    }

    [Fact]
    public void Windows_zone_names_and_custom_vtimezones_expand_like_the_iana_zone()
    {
        var windows = Event("win@test", "DTSTART;TZID=W. Europe Standard Time:20261022T090000", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=2");
        var custom = "BEGIN:VTIMEZONE\r\nTZID:Office Time\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
            + "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
            + "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
            + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
        var office = Event("office@test", "DTSTART;TZID=\"Office Time\":20261022T090000", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=2");
        var busy = Expand(Feed(windows, custom, office));
        Assert.Equal([Utc(10, 22, 7), Utc(10, 29, 8)], busy.Where(b => b.Id.StartsWith("win@", StringComparison.Ordinal)).Select(b => b.StartsAt));
        Assert.Equal([Utc(10, 22, 7), Utc(10, 29, 8)], busy.Where(b => b.Id.StartsWith("office@", StringComparison.Ordinal)).Select(b => b.StartsAt));
    }

    [Fact]
    public void Exdate_removes_one_occurrence()
    {
        var busy = Expand(Feed(WeeklyBerlin.Replace("RRULE:", "EXDATE;TZID=Europe/Berlin:20261022T090000\r\nRRULE:", StringComparison.Ordinal)));
        Assert.Equal([Utc(10, 15, 7), Utc(10, 29, 8), Utc(11, 5, 8)], busy.Select(b => b.StartsAt));
    }

    [Fact]
    public void Recurrence_id_override_moves_one_occurrence_and_keeps_its_id()
    {
        var moved = Event("weekly@test", "RECURRENCE-ID;TZID=Europe/Berlin:20261022T090000",
            "DTSTART;TZID=Europe/Berlin:20261023T140000", "DTEND;TZID=Europe/Berlin:20261023T150000");
        var busy = Expand(Feed(WeeklyBerlin, moved));
        Assert.Equal([Utc(10, 15, 7), Utc(10, 23, 12), Utc(10, 29, 8), Utc(11, 5, 8)], busy.Select(b => b.StartsAt));
        Assert.Contains(busy, b => b.Id == "weekly@test/2026-10-22T07:00:00Z" && b.StartsAt == Utc(10, 23, 12));
    }

    [Fact]
    public void Cancelled_override_removes_one_occurrence()
    {
        var cancelled = Event("weekly@test", "RECURRENCE-ID;TZID=Europe/Berlin:20261029T090000", "STATUS:CANCELLED",
            "DTSTART;TZID=Europe/Berlin:20261029T090000", "DTEND;TZID=Europe/Berlin:20261029T100000");
        var busy = Expand(Feed(WeeklyBerlin, cancelled));
        Assert.Equal([Utc(10, 15, 7), Utc(10, 22, 7), Utc(11, 5, 8)], busy.Select(b => b.StartsAt));
    }

    [Fact]
    public void Count_and_until_end_the_series()
    {
        var until = Event("until@test", "DTSTART:20261001T120000Z", "DURATION:PT30M", "RRULE:FREQ=DAILY;UNTIL=20261003T120000Z");
        var busy = Expand(Feed(WeeklyBerlin, until));
        Assert.Equal(4, busy.Count(b => b.Id.StartsWith("weekly@", StringComparison.Ordinal)));
        Assert.Equal([Utc(10, 1, 12), Utc(10, 2, 12), Utc(10, 3, 12)], busy.Where(b => b.Id.StartsWith("until@", StringComparison.Ordinal)).Select(b => b.StartsAt));
    }

    [Fact]
    public void All_day_event_is_busy_for_the_whole_utc_day()
    {
        var busy = Expand(Feed(Event("day@test", "DTSTART;VALUE=DATE:20261009", "DTEND;VALUE=DATE:20261011")));
        var only = Assert.Single(busy);
        Assert.Equal((Utc(10, 9, 0), Utc(10, 11, 0)), (only.StartsAt, only.EndsAt));
    }

    [Fact]
    public void Floating_times_are_read_as_utc()
    {
        var busy = Expand(Feed(Event("float@test", "DTSTART:20261008T090000", "DTEND:20261008T100000")));
        Assert.Equal(Utc(10, 8, 9), Assert.Single(busy).StartsAt);
    }

    [Fact]
    public void Transparent_and_cancelled_events_are_not_busy()
    {
        var busy = Expand(Feed(
            Event("free@test", "DTSTART:20261008T090000Z", "DTEND:20261008T100000Z", "TRANSP:TRANSPARENT"),
            Event("gone@test", "DTSTART:20261008T090000Z", "DTEND:20261008T100000Z", "STATUS:CANCELLED"),
            Event("busy@test", "DTSTART:20261008T090000Z", "DTEND:20261008T100000Z", "TRANSP:OPAQUE")));
        Assert.Equal("busy@test/2026-10-08T09:00:00Z", Assert.Single(busy).Id);
    }

    [Fact]
    public void Only_occurrences_overlapping_the_window_count_including_one_that_started_before_it()
    {
        var busy = IcsBusyTimes.Expand(
            Feed(Event("daily@test", "DTSTART:20260901T230000Z", "DURATION:PT2H", "RRULE:FREQ=DAILY")), Utc(10, 2, 0), Utc(10, 4, 0));
        Assert.Equal([Utc(10, 1, 23), Utc(10, 2, 23), Utc(10, 3, 23)], busy.Select(b => b.StartsAt));
    }

    [Fact]
    public void Ids_are_stable_across_fetches_even_without_a_uid()
    {
        var feed = Feed(WeeklyBerlin, "BEGIN:VEVENT\r\nDTSTART:20261008T090000Z\r\nDTEND:20261008T100000Z\r\nSUMMARY:No uid\r\nEND:VEVENT\r\n");
        var first = Expand(feed).Select(b => b.Id).ToList();
        Assert.Equal(first, Expand(feed).Select(b => b.Id));
        Assert.Contains("weekly@test/2026-10-15T07:00:00Z", first);
        Assert.Equal(5, first.Distinct().Count());
    }

    [Fact]
    public void Hostile_unbounded_rules_are_capped_and_do_not_hang()
    {
        var started = DateTime.UtcNow;
        var busy = Expand(Feed(
            Event("minutely@test", "DTSTART:20261001T000000Z", "DURATION:PT1M", "RRULE:FREQ=MINUTELY"),
            Event("secondly@test", "DTSTART:19700101T000000Z", "DURATION:PT1S", "RRULE:FREQ=SECONDLY"),
            Event("never@test", "DTSTART:20200101T000000Z", "DURATION:PT1H", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")));
        Assert.InRange(busy.Count, 1, IcsBusyTimes.MaxOccurrences);
        Assert.DoesNotContain(busy, b => b.Id.StartsWith("secondly@", StringComparison.Ordinal));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello world")]
    [InlineData("<html><body>Sign in</body></html>")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n")]
    public void Garbage_gives_no_busy_times_rather_than_an_exception(string text) => Assert.Empty(Expand(text));

    [Fact]
    public void A_malformed_event_is_skipped_and_the_rest_count()
    {
        var busy = Expand(Feed(
            Event("bad@test", "DTSTART:2026XX08T090000Z", "DTEND:20261008T100000Z"),
            Event("zone@test", "DTSTART;TZID=Nowhere/Land:20261008T090000", "DURATION:PT1H"),
            Event("good@test", "DTSTART:20261008T090000Z", "DTEND:20261008T100000Z")));
        Assert.Equal("good@test/2026-10-08T09:00:00Z", Assert.Single(busy).Id);
    }

    [Fact]
    public void Html_is_not_a_calendar_but_an_empty_calendar_is()
    {
        Assert.False(IcsBusyTimes.TryExpand("<html></html>", October, MidNovember, out _));
        Assert.True(IcsBusyTimes.TryExpand(Feed(), October, MidNovember, out var busy));
        Assert.Empty(busy);
    }
}
