using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

public class GroupSlotTests
{
    private static readonly InstantRange Morning = Range("2026-06-01T09:00Z", "2026-06-01T12:00Z");

    private static readonly ProviderCalendar NineToNoon = Calendar(Daily(DateTimeZone.Utc, Hours(9, 12)));

    private static IReadOnlyList<Slot> Slots(SlotRules rules, params OccupyingBooking[] bookings) =>
        SlotCalculator.ForProvider(rules, NineToNoon with { Bookings = bookings }, Query(Morning));

    private static IReadOnlyList<Slot> SlotsIncludingFull(SlotRules rules, params OccupyingBooking[] bookings) =>
        SlotCalculator.ForProvider(rules, NineToNoon with { Bookings = bookings }, Query(Morning, includeFull: true));

    [Fact]
    public void An_empty_occurrence_offers_full_capacity()
    {
        Assert.All(Slots(Group(8)), s => Assert.Equal(8, s.RemainingSeats));
    }

    [Fact]
    public void Bookings_of_the_same_group_offering_at_the_same_start_consume_seats()
    {
        var slots = Slots(
            Group(8),
            Booking(Offering, "2026-06-01T10:00Z", "2026-06-01T11:00Z", seats: 3),
            Booking(Offering, "2026-06-01T10:00Z", "2026-06-01T11:00Z", seats: 2));

        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T10:00Z", "2026-06-01T11:00Z"), Starts(slots));
        Assert.Equal([8, 3, 8], slots.Select(s => s.RemainingSeats));
    }

    [Fact]
    public void A_full_occurrence_is_hidden()
    {
        var slots = Slots(Group(4), Booking(Offering, "2026-06-01T10:00Z", "2026-06-01T11:00Z", seats: 4));

        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T11:00Z"), Starts(slots));
    }

    [Fact]
    public void A_full_occurrence_is_shown_with_no_seats_when_full_ones_are_wanted()
    {
        var slots = SlotsIncludingFull(Group(4), Booking(Offering, "2026-06-01T10:00Z", "2026-06-01T11:00Z", seats: 4));

        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T10:00Z", "2026-06-01T11:00Z"), Starts(slots));
        Assert.Equal([4, 0, 4], slots.Select(s => s.RemainingSeats));
    }

    [Fact]
    public void An_overbooked_occurrence_reports_zero_seats_not_a_negative_number()
    {
        var slots = SlotsIncludingFull(Group(4), Booking(Offering, "2026-06-01T10:00Z", "2026-06-01T11:00Z", seats: 6));

        Assert.Equal(0, slots.Single(s => s.Start == At("2026-06-01T10:00Z")).RemainingSeats);
    }

    [Fact]
    public void One_seat_left_is_still_offered()
    {
        var slots = Slots(Group(4), Booking(Offering, "2026-06-01T10:00Z", "2026-06-01T11:00Z", seats: 3));

        Assert.Equal(1, slots.Single(s => s.Start == At("2026-06-01T10:00Z")).RemainingSeats);
    }

    [Fact]
    public void A_booking_of_another_offering_overlapping_blocks_the_group_slot()
    {
        var slots = SlotsIncludingFull(Group(8), Booking(OtherOffering, "2026-06-01T10:00Z", "2026-06-01T11:00Z"));

        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T11:00Z"), Starts(slots));
    }

    [Fact]
    public void A_booking_of_the_same_group_offering_at_another_overlapping_start_blocks_the_slot()
    {
        // Hour-long classes every half hour: an occurrence at 10:30 rules out 10:00 and 11:00.
        var slots = Slots(Group(8, 60, 30), Booking(Offering, "2026-06-01T10:30Z", "2026-06-01T11:30Z", seats: 2));

        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T09:30Z", "2026-06-01T10:30Z"), Starts(slots));
        Assert.Equal(6, slots[^1].RemainingSeats);
    }

    [Fact]
    public void A_group_booking_with_buffers_still_only_consumes_seats_at_its_own_start()
    {
        var rules = Group(8) with { BufferBefore = Duration.FromMinutes(10), BufferAfter = Duration.FromMinutes(10) };

        var slots = Slots(rules, Booking(Offering, "2026-06-01T10:00Z", "2026-06-01T11:00Z", seats: 5, bufferBeforeMinutes: 10, bufferAfterMinutes: 10));

        // The buffered neighbours at 09:00 and 11:00 overlap the 10:00 occurrence's buffers: a different start clashes.
        Assert.Equal(Instants("2026-06-01T10:00Z"), Starts(slots));
        Assert.Equal(3, slots[0].RemainingSeats);
    }

    [Fact]
    public void For_a_one_to_one_offering_a_booking_of_the_same_offering_blocks_instead_of_consuming_seats()
    {
        var rules = Rules() with { Capacity = 3 };

        var slots = SlotsIncludingFull(rules, Booking(Offering, "2026-06-01T10:00Z", "2026-06-01T11:00Z"));

        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T11:00Z"), Starts(slots));
    }

    [Fact]
    public void Busy_time_blocks_a_group_slot_even_with_seats_left()
    {
        var calendar = NineToNoon with { Busy = [Range("2026-06-01T10:30Z", "2026-06-01T10:45Z")] };

        var slots = SlotCalculator.ForProvider(Group(8), calendar, Query(Morning, includeFull: true));

        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T11:00Z"), Starts(slots));
    }
}
