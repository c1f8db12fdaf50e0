using FsCheck.Xunit;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

/// <summary>What booking an offered slot does to the next answer.</summary>
public class SlotBookingPropertyTests
{
    private static IReadOnlyList<Slot> Slots(SlotScenario s) => SlotCalculator.ForProvider(s.Rules, s.Calendar, s.Query);

    private static SlotScenario WithBooking(SlotScenario s, OccupyingBooking booking) =>
        s with { Calendar = s.Calendar with { Bookings = [.. s.Calendar.Bookings, booking] } };

    /// <summary>The booking the platform would store for <paramref name="slot"/>: the session plus the offering's buffers.</summary>
    private static OccupyingBooking BookingFor(SlotRules rules, Slot slot, int seats) =>
        new(rules.OfferingId, slot.Start, new InstantRange(slot.Start, slot.End).Widen(rules.BufferBefore, rules.BufferAfter), seats);

    private static InstantRange Buffered(SlotRules rules, Slot slot) =>
        new InstantRange(slot.Start, slot.End).Widen(rules.BufferBefore, rules.BufferAfter);

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void Booking_a_one_to_one_slot_removes_it_and_exactly_the_slots_whose_buffered_span_it_meets(SlotScenario scenario, byte pick)
    {
        var oneToOne = scenario with { Rules = scenario.Rules with { IsGroup = false, Capacity = 1 } };
        var before = Slots(oneToOne);
        if (before.Count == 0) return;
        var chosen = before[pick % before.Count];
        var booking = BookingFor(oneToOne.Rules, chosen, 1);

        var after = Slots(WithBooking(oneToOne, booking));

        Assert.Equal(before.Where(s => !Buffered(oneToOne.Rules, s).Overlaps(booking.Blocked)), after);
        Assert.DoesNotContain(after, s => s.Start == chosen.Start);
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void Booking_seats_of_a_group_occurrence_consumes_exactly_those_seats(SlotScenario scenario, byte pick, byte seatCode)
    {
        var group = scenario with { Rules = scenario.Rules with { IsGroup = true, Capacity = 6 } };
        var before = Slots(group);
        if (before.Count == 0) return;
        var chosen = before[pick % before.Count];
        var seats = 1 + (seatCode % 8);
        var booking = BookingFor(group.Rules, chosen, seats);

        var after = Slots(WithBooking(group, booking));

        var remaining = Math.Max(0, chosen.RemainingSeats - seats);
        var expected = before
            .Where(s => s.Start == chosen.Start || !Buffered(group.Rules, s).Overlaps(booking.Blocked))
            .Select(s => s.Start == chosen.Start ? s with { RemainingSeats = remaining } : s)
            .Where(s => s.RemainingSeats > 0 || group.Query.IncludeFull);
        Assert.Equal(expected, after);
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 200)]
    public void A_booking_of_another_offering_at_an_offered_group_start_removes_it(SlotScenario scenario, byte pick)
    {
        var group = scenario with { Rules = scenario.Rules with { IsGroup = true, Capacity = 6 } };
        var before = Slots(group);
        if (before.Count == 0) return;
        var chosen = before[pick % before.Count];
        var booking = BookingFor(group.Rules, chosen, 1) with { OfferingId = OtherOffering };

        var after = Slots(WithBooking(group, booking));

        Assert.DoesNotContain(after, s => s.Start == chosen.Start);
    }
}
