using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

/// <summary>The requested range bounds slot starts, half-open: [Start, End).</summary>
public class SlotRangeTests
{
    private static readonly ProviderCalendar NineToFive = Calendar(Daily(DateTimeZone.Utc, Hours(9, 17)));

    private static IReadOnlyList<Instant> StartsIn(string start, string end, SlotRules? rules = null, ProviderCalendar? calendar = null) =>
        Starts(SlotCalculator.ForProvider(rules ?? Rules(), calendar ?? NineToFive, Query(Range(start, end))));

    [Fact]
    public void Only_slots_starting_inside_the_range_are_offered()
    {
        Assert.Equal(Instants("2026-06-01T10:00Z", "2026-06-01T11:00Z"), StartsIn("2026-06-01T10:00Z", "2026-06-01T12:00Z"));
    }

    [Fact]
    public void A_slot_starting_exactly_at_the_range_start_is_offered()
    {
        Assert.Equal(At("2026-06-01T13:00Z"), StartsIn("2026-06-01T13:00Z", "2026-06-02T00:00Z")[0]);
    }

    [Fact]
    public void A_slot_starting_exactly_at_the_range_end_is_not_offered()
    {
        Assert.Equal(At("2026-06-01T11:00Z"), StartsIn("2026-06-01T00:00Z", "2026-06-01T12:00Z")[^1]);
    }

    [Fact]
    public void A_range_starting_between_grid_points_begins_at_the_next_one()
    {
        Assert.Equal(Instants("2026-06-01T11:00Z", "2026-06-01T12:00Z"), StartsIn("2026-06-01T10:01Z", "2026-06-01T13:00Z"));
    }

    [Fact]
    public void A_slot_starting_inside_the_range_is_offered_even_when_it_ends_after_it()
    {
        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T10:00Z", "2026-06-01T11:00Z"), StartsIn("2026-06-01T09:00Z", "2026-06-01T11:30Z"));
    }

    [Fact]
    public void An_empty_range_offers_nothing()
    {
        Assert.Empty(StartsIn("2026-06-01T10:00Z", "2026-06-01T10:00Z"));
    }

    [Fact]
    public void A_range_of_several_days_offers_every_day()
    {
        var starts = StartsIn("2026-06-01T00:00Z", "2026-06-04T00:00Z");

        Assert.Equal(24, starts.Count);
        Assert.Equal(At("2026-06-03T16:00Z"), starts[^1]);
    }

    [Fact]
    public void A_session_straddling_midnight_is_offered_when_the_range_ends_after_it_starts_but_before_midnight()
    {
        // Monday 22:00–24:00 and Tuesday 00:00–02:00 form one stretch. The 23:00 session starts inside
        // a range ending at 23:30, so it must be offered whether or not the range reaches Tuesday.
        var calendar = Calendar(new WeeklyAvailability(DateTimeZone.Utc,
        [
            new WeeklyWindow(IsoDayOfWeek.Monday, new MinuteRange(Minute(22), 1440)),
            new WeeklyWindow(IsoDayOfWeek.Tuesday, new MinuteRange(0, Minute(2))),
        ]));

        var untilMidnight = StartsIn("2026-06-01T00:00Z", "2026-06-02T00:00Z", Rules(120, 60), calendar);
        var untilHalfPastEleven = StartsIn("2026-06-01T00:00Z", "2026-06-01T23:30Z", Rules(120, 60), calendar);

        Assert.Equal(Instants("2026-06-01T22:00Z", "2026-06-01T23:00Z"), untilMidnight);
        Assert.Equal(untilMidnight, untilHalfPastEleven);
    }
}
