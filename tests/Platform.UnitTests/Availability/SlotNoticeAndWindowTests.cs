using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

public class SlotNoticeAndWindowTests
{
    private static readonly ProviderCalendar NineToFive = Calendar(Daily(DateTimeZone.Utc, Hours(9, 17)));

    private static readonly InstantRange June = Range("2026-06-01T00:00Z", "2026-07-01T00:00Z");

    private static readonly SlotRules TwoHoursNotice = Rules(30, 30) with { MinimumNotice = Duration.FromHours(2) };

    private static readonly SlotRules ThreeDayWindow = Rules(60, 60) with { BookingWindow = Duration.FromDays(3) };

    [Fact]
    public void A_slot_exactly_at_now_plus_notice_is_offered()
    {
        var slots = SlotCalculator.ForProvider(TwoHoursNotice, NineToFive, Query(June, At("2026-06-01T08:00Z")));

        Assert.Equal(At("2026-06-01T10:00Z"), slots[0].Start);
    }

    [Fact]
    public void A_slot_one_minute_short_of_the_notice_is_not_offered()
    {
        var slots = SlotCalculator.ForProvider(TwoHoursNotice, NineToFive, Query(June, At("2026-06-01T08:01Z")));

        Assert.Equal(At("2026-06-01T10:30Z"), slots[0].Start);
    }

    [Fact]
    public void Without_notice_a_slot_starting_now_is_offered_but_not_one_that_started()
    {
        var slots = SlotCalculator.ForProvider(Rules(30, 30), NineToFive, Query(June, At("2026-06-01T09:30Z")));

        Assert.Equal(At("2026-06-01T09:30Z"), slots[0].Start);
    }

    [Fact]
    public void A_slot_exactly_at_now_plus_the_booking_window_is_offered()
    {
        var slots = SlotCalculator.ForProvider(ThreeDayWindow, NineToFive, Query(June, At("2026-06-01T12:00Z")));

        Assert.Equal(At("2026-06-01T12:00Z"), slots[0].Start);
        Assert.Equal(At("2026-06-04T12:00Z"), slots[^1].Start);
        Assert.Equal(5 + 8 + 8 + 4, slots.Count);
    }

    [Fact]
    public void A_slot_one_minute_beyond_the_booking_window_is_not_offered()
    {
        var slots = SlotCalculator.ForProvider(ThreeDayWindow, NineToFive, Query(June, At("2026-06-01T11:59Z")));

        Assert.Equal(At("2026-06-04T11:00Z"), slots[^1].Start);
    }

    [Fact]
    public void The_booking_window_end_allows_a_session_running_past_it()
    {
        // Latest start is 16:30: the session ends at 17:30 but starts inside the window.
        var rules = Rules(60, 30) with { BookingWindow = Duration.FromHours(8) };
        var calendar = Calendar(Daily(DateTimeZone.Utc, Hours(9, 18)));

        var slots = SlotCalculator.ForProvider(rules, calendar, Query(June, At("2026-06-01T08:30Z")));

        Assert.Equal(At("2026-06-01T16:30Z"), slots[^1].Start);
        Assert.Equal(At("2026-06-01T17:30Z"), slots[^1].End);
    }

    [Fact]
    public void Notice_longer_than_the_booking_window_offers_nothing()
    {
        var rules = Rules() with { MinimumNotice = Duration.FromDays(4), BookingWindow = Duration.FromDays(3) };

        Assert.Empty(SlotCalculator.ForProvider(rules, NineToFive, Query(June, At("2026-06-01T00:00Z"))));
    }

    [Fact]
    public void A_range_entirely_in_the_past_offers_nothing()
    {
        var slots = SlotCalculator.ForProvider(Rules(), NineToFive, Query(Range("2026-06-01T00:00Z", "2026-06-02T00:00Z"), At("2026-06-03T00:00Z")));

        Assert.Empty(slots);
    }

    [Fact]
    public void A_range_ending_exactly_at_now_plus_notice_offers_nothing()
    {
        var rules = Rules() with { MinimumNotice = Duration.FromHours(1) };

        var slots = SlotCalculator.ForProvider(rules, NineToFive, Query(Range("2026-06-01T09:00Z", "2026-06-01T12:00Z"), At("2026-06-01T11:00Z")));

        Assert.Empty(slots);
    }

    [Fact]
    public void A_range_entirely_beyond_the_booking_window_offers_nothing()
    {
        var slots = SlotCalculator.ForProvider(ThreeDayWindow, NineToFive, Query(Range("2026-06-10T00:00Z", "2026-06-11T00:00Z"), At("2026-06-01T00:00Z")));

        Assert.Empty(slots);
    }
}
