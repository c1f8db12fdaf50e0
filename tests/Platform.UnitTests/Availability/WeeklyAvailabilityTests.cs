using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

public class WeeklyAvailabilityTests
{
    private static readonly DateTimeZone NewYork = Zone("America/New_York");

    private static WeeklyAvailability Mondays(params DateOverride[] overrides) =>
        new(NewYork, [new WeeklyWindow(IsoDayOfWeek.Monday, Hours(9, 12)), new WeeklyWindow(IsoDayOfWeek.Monday, Hours(13, 17))], overrides);

    [Fact]
    public void Hours_on_a_weekday_are_its_weekly_windows()
    {
        Assert.Equal([Hours(9, 12), Hours(13, 17)], Mondays().HoursOn(Date("2026-06-01")));
    }

    [Fact]
    public void A_weekday_without_windows_has_no_hours()
    {
        Assert.Empty(Mondays().HoursOn(Date("2026-06-02")));
    }

    [Fact]
    public void Overlapping_weekly_windows_are_merged()
    {
        var hours = new WeeklyAvailability(NewYork, [new WeeklyWindow(IsoDayOfWeek.Monday, Hours(9, 12)), new WeeklyWindow(IsoDayOfWeek.Monday, Hours(11, 15))]);

        Assert.Equal([Hours(9, 15)], hours.HoursOn(Date("2026-06-01")));
    }

    [Fact]
    public void An_override_replaces_the_weekday_hours()
    {
        var hours = Mondays(new DateOverride(Date("2026-06-01"), [Hours(18, 20)]));

        Assert.Equal([Hours(18, 20)], hours.HoursOn(Date("2026-06-01")));
        Assert.Equal([Hours(9, 12), Hours(13, 17)], hours.HoursOn(Date("2026-06-08")));
    }

    [Fact]
    public void An_empty_override_is_a_day_off()
    {
        Assert.Empty(Mondays(new DateOverride(Date("2026-06-01"), [])).HoursOn(Date("2026-06-01")));
    }

    [Fact]
    public void An_override_adds_hours_to_a_day_without_weekly_windows()
    {
        Assert.Equal([Hours(10, 12)], Mondays(new DateOverride(Date("2026-06-07"), [Hours(10, 12)])).HoursOn(Date("2026-06-07")));
    }

    [Fact]
    public void Several_overrides_of_one_date_are_combined_and_merged()
    {
        var hours = Mondays(
            new DateOverride(Date("2026-06-01"), [Hours(8, 10)]),
            new DateOverride(Date("2026-06-01"), [Hours(9, 11), Hours(14, 15)]));

        Assert.Equal([Hours(8, 11), Hours(14, 15)], hours.HoursOn(Date("2026-06-01")));
    }

    [Fact]
    public void Minute_1440_is_the_next_midnight()
    {
        Assert.Equal(new LocalDateTime(2026, 6, 2, 0, 0), WeeklyAvailability.At(Date("2026-06-01"), 1440));
        Assert.Equal(new LocalDateTime(2026, 6, 1, 9, 30), WeeklyAvailability.At(Date("2026-06-01"), 570));
    }

    [Fact]
    public void A_start_in_the_spring_forward_gap_resolves_to_when_the_clocks_resume()
    {
        var hours = Mondays();

        Assert.Equal(At("2026-03-08T03:00-04:00"), hours.StartInstant(new LocalDateTime(2026, 3, 8, 2, 30)));
        Assert.Equal(At("2026-03-08T03:00-04:00"), hours.EndInstant(new LocalDateTime(2026, 3, 8, 2, 30)));
    }

    [Fact]
    public void An_ambiguous_start_takes_the_earlier_instant_and_an_ambiguous_end_the_later()
    {
        var hours = Mondays();

        Assert.Equal(At("2026-11-01T01:30-04:00"), hours.StartInstant(new LocalDateTime(2026, 11, 1, 1, 30)));
        Assert.Equal(At("2026-11-01T01:30-05:00"), hours.EndInstant(new LocalDateTime(2026, 11, 1, 1, 30)));
    }

    [Fact]
    public void WindowsBetween_includes_both_bounds_and_skips_days_off()
    {
        var windows = Mondays().WindowsBetween(Date("2026-06-01"), Date("2026-06-08")).ToList();

        Assert.Equal(
            [
                Range("2026-06-01T09:00-04:00", "2026-06-01T12:00-04:00"),
                Range("2026-06-01T13:00-04:00", "2026-06-01T17:00-04:00"),
                Range("2026-06-08T09:00-04:00", "2026-06-08T12:00-04:00"),
                Range("2026-06-08T13:00-04:00", "2026-06-08T17:00-04:00"),
            ],
            windows.Select(w => w.Span));
        Assert.Equal(new LocalDateTime(2026, 6, 1, 9, 0), windows[0].LocalStart);
        Assert.Equal(new LocalDateTime(2026, 6, 1, 12, 0), windows[0].LocalEnd);
    }

    [Fact]
    public void A_whole_day_window_lasts_23_hours_on_the_spring_forward_day_and_25_on_the_fall_back_day()
    {
        var hours = new WeeklyAvailability(NewYork, [new WeeklyWindow(IsoDayOfWeek.Sunday, new MinuteRange(0, 1440))]);

        var spring = Assert.Single(hours.WindowsBetween(Date("2026-03-08"), Date("2026-03-08")));
        var fall = Assert.Single(hours.WindowsBetween(Date("2026-11-01"), Date("2026-11-01")));

        Assert.Equal(Range("2026-03-08T00:00-05:00", "2026-03-09T00:00-04:00"), spring.Span);
        Assert.Equal(Duration.FromHours(23), spring.Span.Length);
        Assert.Equal(Range("2026-11-01T00:00-04:00", "2026-11-02T00:00-05:00"), fall.Span);
        Assert.Equal(Duration.FromHours(25), fall.Span.Length);
    }

    [Fact]
    public void A_window_entirely_inside_the_gap_does_not_exist()
    {
        var hours = new WeeklyAvailability(NewYork, [new WeeklyWindow(IsoDayOfWeek.Sunday, new MinuteRange(Minute(2), Minute(2, 30)))]);

        Assert.Empty(hours.WindowsBetween(Date("2026-03-08"), Date("2026-03-08")));
    }

    [Fact]
    public void A_window_starting_in_the_gap_starts_when_the_clocks_resume()
    {
        var hours = new WeeklyAvailability(NewYork, [new WeeklyWindow(IsoDayOfWeek.Sunday, new MinuteRange(Minute(2, 30), Minute(5)))]);

        var window = Assert.Single(hours.WindowsBetween(Date("2026-03-08"), Date("2026-03-08")));

        Assert.Equal(Range("2026-03-08T03:00-04:00", "2026-03-08T05:00-04:00"), window.Span);
    }

    [Fact]
    public void A_window_ending_in_the_repeated_hour_works_the_repeated_hour()
    {
        var hours = new WeeklyAvailability(NewYork, [new WeeklyWindow(IsoDayOfWeek.Sunday, new MinuteRange(0, Minute(1, 30)))]);

        var window = Assert.Single(hours.WindowsBetween(Date("2026-11-01"), Date("2026-11-01")));

        Assert.Equal(Range("2026-11-01T00:00-04:00", "2026-11-01T01:30-05:00"), window.Span);
    }

    [Fact]
    public void A_lord_howe_window_inside_the_half_hour_gap_does_not_exist()
    {
        var hours = new WeeklyAvailability(Zone("Australia/Lord_Howe"), [new WeeklyWindow(IsoDayOfWeek.Sunday, new MinuteRange(Minute(2), Minute(2, 30)))]);

        Assert.Empty(hours.WindowsBetween(Date("2026-10-04"), Date("2026-10-04")));
        Assert.Equal(
            Range("2026-10-11T02:00+11:00", "2026-10-11T02:30+11:00"),
            Assert.Single(hours.WindowsBetween(Date("2026-10-11"), Date("2026-10-11"))).Span);
    }
}
