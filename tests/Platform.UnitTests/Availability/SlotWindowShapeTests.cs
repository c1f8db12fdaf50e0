using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

/// <summary>How working windows, session length and interval combine into candidate starts.</summary>
public class SlotWindowShapeTests
{
    private static readonly InstantRange MondayAndTuesday = Range("2026-06-01T00:00Z", "2026-06-03T00:00Z");

    private static IReadOnlyList<Instant> StartsFor(SlotRules rules, params WeeklyWindow[] windows) =>
        Starts(SlotCalculator.ForProvider(rules, Calendar(new WeeklyAvailability(DateTimeZone.Utc, windows)), Query(MondayAndTuesday)));

    private static WeeklyWindow Monday(int startMinute, int endMinute) => new(IsoDayOfWeek.Monday, new MinuteRange(startMinute, endMinute));

    private static WeeklyWindow Tuesday(int startMinute, int endMinute) => new(IsoDayOfWeek.Tuesday, new MinuteRange(startMinute, endMinute));

    [Fact]
    public void Overlapping_weekly_rules_are_merged_without_duplicate_slots()
    {
        var starts = StartsFor(Rules(), Monday(Minute(9), Minute(12)), Monday(Minute(11), Minute(15)));

        Assert.Equal(Every("2026-06-01T09:00Z", 60, 6), starts);
    }

    [Fact]
    public void Merged_rules_let_a_session_span_where_they_meet()
    {
        // 09–12 and 11–15 behave as 09–15: a two-hour session may start at 11:00 and at 12:00 (past the first rule's end).
        var starts = StartsFor(Rules(120, 60), Monday(Minute(9), Minute(12)), Monday(Minute(11), Minute(15)));

        Assert.Equal(Every("2026-06-01T09:00Z", 60, 5), starts);
    }

    [Fact]
    public void Identical_weekly_rules_give_each_slot_once()
    {
        var starts = StartsFor(Rules(), Monday(Minute(9), Minute(11)), Monday(Minute(9), Minute(11)));

        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T10:00Z"), starts);
    }

    [Fact]
    public void Windows_touching_across_midnight_allow_a_session_straddling_midnight()
    {
        var starts = StartsFor(Rules(120, 60), Monday(Minute(22), 1440), Tuesday(0, Minute(2)));

        Assert.Equal(Instants("2026-06-01T22:00Z", "2026-06-01T23:00Z", "2026-06-02T00:00Z"), starts);
    }

    [Fact]
    public void Without_the_next_days_window_no_session_straddles_midnight()
    {
        var starts = StartsFor(Rules(120, 60), Monday(Minute(22), 1440));

        Assert.Equal(Instants("2026-06-01T22:00Z"), starts);
    }

    [Fact]
    public void Windows_touching_across_midnight_in_a_dst_zone_use_each_days_offset()
    {
        // New York, EDT (−04:00): Monday 23:00 to Tuesday 01:00 local is 03:00Z to 05:00Z.
        var hours = new WeeklyAvailability(Zone("America/New_York"), [Monday(Minute(22), 1440), Tuesday(0, Minute(2))]);

        var slots = SlotCalculator.ForProvider(Rules(120, 60), Calendar(hours), Query(Range("2026-06-01T00:00-04:00", "2026-06-03T00:00-04:00")));

        Assert.Equal(Instants("2026-06-01T22:00-04:00", "2026-06-01T23:00-04:00", "2026-06-02T00:00-04:00"), Starts(slots));
        Assert.Equal(At("2026-06-02T01:00-04:00"), slots[1].End);
    }

    [Fact]
    public void Separate_windows_do_not_let_a_session_span_the_gap_between_them()
    {
        var starts = StartsFor(Rules(60, 30), Monday(Minute(9), Minute(10)), Monday(Minute(10, 30), Minute(12)));

        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T10:30Z", "2026-06-01T11:00Z"), starts);
    }

    [Fact]
    public void An_interval_smaller_than_the_length_offers_overlapping_sessions()
    {
        var starts = StartsFor(Rules(60, 15), Monday(Minute(9), Minute(11)));

        Assert.Equal(Every("2026-06-01T09:00Z", 15, 5), starts);
    }

    [Fact]
    public void An_interval_larger_than_the_length_leaves_gaps()
    {
        var starts = StartsFor(Rules(30, 60), Monday(Minute(9), Minute(11)));

        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T10:00Z"), starts);
    }

    [Fact]
    public void The_grid_starts_at_the_window_start()
    {
        var starts = StartsFor(Rules(30, 30), Monday(Minute(9, 10), Minute(11)));

        Assert.Equal(Instants("2026-06-01T09:10Z", "2026-06-01T09:40Z", "2026-06-01T10:10Z"), starts);
    }

    [Fact]
    public void A_window_shorter_than_the_session_offers_nothing()
    {
        Assert.Empty(StartsFor(Rules(60, 15), Monday(Minute(9), Minute(9, 45))));
    }

    [Fact]
    public void A_window_exactly_one_session_long_offers_one_slot()
    {
        Assert.Equal(Instants("2026-06-01T09:00Z"), StartsFor(Rules(45, 15), Monday(Minute(9), Minute(9, 45))));
    }

    [Fact]
    public void Each_slot_ends_one_length_after_it_starts()
    {
        var slots = SlotCalculator.ForProvider(Rules(50, 60), Calendar(Daily(DateTimeZone.Utc, Hours(9, 12))), Query(MondayAndTuesday));

        Assert.All(slots, s => Assert.Equal(Duration.FromMinutes(50), s.End - s.Start));
    }
}
