using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

public class SlotBlackoutAndBusyTests
{
    private static readonly InstantRange Monday = Range("2026-06-01T00:00Z", "2026-06-02T00:00Z");

    private static readonly ProviderCalendar NineToFive = Calendar(Daily(DateTimeZone.Utc, Hours(9, 17)));

    private static IReadOnlyList<Instant> StartsWith(ProviderCalendar calendar, SlotRules? rules = null) =>
        Starts(SlotCalculator.ForProvider(rules ?? Rules(), calendar, Query(Monday)));

    [Fact]
    public void A_blackout_hides_every_slot_it_overlaps()
    {
        var calendar = NineToFive with { Blackouts = [Range("2026-06-01T11:30Z", "2026-06-01T13:00Z")] };

        Assert.Equal(
            Instants("2026-06-01T09:00Z", "2026-06-01T10:00Z", "2026-06-01T13:00Z", "2026-06-01T14:00Z", "2026-06-01T15:00Z", "2026-06-01T16:00Z"),
            StartsWith(calendar));
    }

    [Fact]
    public void Organization_and_provider_blackouts_both_apply()
    {
        var organizationHoliday = Range("2026-06-01T00:00Z", "2026-06-01T12:00Z");
        var providerDentist = Range("2026-06-01T15:00Z", "2026-06-01T15:01Z");
        var calendar = NineToFive with { Blackouts = [organizationHoliday, providerDentist] };

        Assert.Equal(Instants("2026-06-01T12:00Z", "2026-06-01T13:00Z", "2026-06-01T14:00Z", "2026-06-01T16:00Z"), StartsWith(calendar));
    }

    [Fact]
    public void A_blackout_spanning_several_days_hides_them_all()
    {
        var calendar = NineToFive with { Blackouts = [Range("2026-05-30T00:00Z", "2026-06-03T00:00Z")] };

        var slots = SlotCalculator.ForProvider(Rules(), calendar, Query(Range("2026-05-29T00:00Z", "2026-06-04T00:00Z")));

        Assert.Equal(16, slots.Count);
        Assert.DoesNotContain(slots, s => s.Start >= At("2026-05-30T00:00Z") && s.Start < At("2026-06-03T00:00Z"));
    }

    [Fact]
    public void Blackouts_do_not_collide_with_buffers_only_with_the_session()
    {
        var rules = Rules() with { BufferBefore = Duration.FromMinutes(30), BufferAfter = Duration.FromMinutes(30) };
        var calendar = NineToFive with { Blackouts = [Range("2026-06-01T12:00Z", "2026-06-01T13:00Z")] };

        Assert.Equal(
            Instants("2026-06-01T09:00Z", "2026-06-01T10:00Z", "2026-06-01T11:00Z", "2026-06-01T13:00Z", "2026-06-01T14:00Z", "2026-06-01T15:00Z", "2026-06-01T16:00Z"),
            StartsWith(calendar, rules));
    }

    [Fact]
    public void A_busy_interval_hides_overlapping_slots()
    {
        var calendar = NineToFive with { Busy = [Range("2026-06-01T09:15Z", "2026-06-01T09:45Z"), Range("2026-06-01T16:59Z", "2026-06-01T18:00Z")] };

        Assert.Equal(Every("2026-06-01T10:00Z", 60, 6), StartsWith(calendar));
    }

    [Fact]
    public void A_busy_interval_touching_a_session_does_not_hide_it()
    {
        var calendar = NineToFive with { Busy = [Range("2026-06-01T10:00Z", "2026-06-01T11:00Z")] };

        Assert.Equal(
            Instants("2026-06-01T09:00Z", "2026-06-01T11:00Z", "2026-06-01T12:00Z", "2026-06-01T13:00Z", "2026-06-01T14:00Z", "2026-06-01T15:00Z", "2026-06-01T16:00Z"),
            StartsWith(calendar));
    }

    [Fact]
    public void A_booking_of_any_offering_blocks_a_one_to_one_slot()
    {
        var calendar = NineToFive with
        {
            Bookings =
            [
                Booking(Offering, "2026-06-01T09:00Z", "2026-06-01T10:00Z"),
                Booking(OtherOffering, "2026-06-01T12:30Z", "2026-06-01T13:30Z"),
            ],
        };

        Assert.Equal(
            Instants("2026-06-01T10:00Z", "2026-06-01T11:00Z", "2026-06-01T14:00Z", "2026-06-01T15:00Z", "2026-06-01T16:00Z"),
            StartsWith(calendar));
    }
}
