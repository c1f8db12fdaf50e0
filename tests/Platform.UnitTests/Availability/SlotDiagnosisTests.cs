using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

public class SlotDiagnosisTests
{
    private static readonly ProviderCalendar NineToFive = Calendar(Daily(DateTimeZone.Utc, Hours(9, 17)));

    private static SlotVerdict Verdict(string start, ProviderCalendar? calendar = null, SlotRules? rules = null, Instant? now = null) =>
        SlotDiagnosis.Diagnose(rules ?? Rules(), calendar ?? NineToFive, At(start), now ?? LongAgo);

    [Fact]
    public void A_start_on_the_grid_in_hours_and_free_is_bookable() =>
        Assert.Equal(SlotVerdict.Bookable, Verdict("2026-06-01T10:00Z"));

    [Fact]
    public void A_start_between_grid_points_is_off_the_grid() =>
        Assert.Equal(SlotVerdict.OffGrid, Verdict("2026-06-01T10:07Z"));

    [Fact]
    public void A_session_that_would_run_past_closing_or_start_at_night_is_outside_hours()
    {
        Assert.Equal(SlotVerdict.OutsideHours, Verdict("2026-06-01T16:30Z"));
        Assert.Equal(SlotVerdict.OutsideHours, Verdict("2026-06-01T20:00Z"));
    }

    [Fact]
    public void A_slot_under_a_blackout_is_blacked_out_even_when_a_booking_also_sits_there()
    {
        var calendar = NineToFive with
        {
            Blackouts = [Range("2026-06-01T12:00Z", "2026-06-01T13:00Z")],
            Bookings = [Booking(OtherOffering, "2026-06-01T12:00Z", "2026-06-01T13:00Z")],
        };

        Assert.Equal(SlotVerdict.BlackedOut, Verdict("2026-06-01T12:00Z", calendar));
    }

    [Fact]
    public void A_slot_held_by_a_booking_or_a_busy_time_is_taken()
    {
        var booked = NineToFive with { Bookings = [Booking(OtherOffering, "2026-06-01T10:00Z", "2026-06-01T11:00Z")] };
        var busy = NineToFive with { Busy = [Range("2026-06-01T10:30Z", "2026-06-01T10:45Z")] };

        Assert.Equal(SlotVerdict.Taken, Verdict("2026-06-01T10:00Z", booked));
        Assert.Equal(SlotVerdict.Taken, Verdict("2026-06-01T10:00Z", busy));
    }

    [Fact]
    public void Notice_and_booking_window_are_named_before_anything_else()
    {
        var rules = Rules() with { MinimumNotice = Duration.FromHours(2), BookingWindow = Duration.FromDays(10) };
        var now = At("2026-06-01T09:30Z");

        Assert.Equal(SlotVerdict.TooSoon, Verdict("2026-06-01T11:00Z", rules: rules, now: now));
        Assert.Equal(SlotVerdict.BeyondWindow, Verdict("2026-06-20T10:00Z", rules: rules, now: now));
        Assert.Equal(SlotVerdict.Bookable, Verdict("2026-06-01T12:00Z", rules: rules, now: now));
    }

    [Fact]
    public void Among_several_providers_taken_wins_over_never_offered_and_a_blackout_over_other_reasons()
    {
        Assert.Equal(SlotVerdict.Taken, SlotDiagnosis.Combine([SlotVerdict.OutsideHours, SlotVerdict.Taken]));
        Assert.Equal(SlotVerdict.Bookable, SlotDiagnosis.Combine([SlotVerdict.Taken, SlotVerdict.Bookable]));
        Assert.Equal(SlotVerdict.BlackedOut, SlotDiagnosis.Combine(
            [SlotVerdict.OutsideHours, SlotVerdict.BlackedOut, SlotVerdict.OffGrid]));
        Assert.Equal(SlotVerdict.OutsideHours, SlotDiagnosis.Combine([]));
    }
}
