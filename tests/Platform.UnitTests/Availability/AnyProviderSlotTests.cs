using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

public class AnyProviderSlotTests
{
    private static readonly InstantRange Monday = Range("2026-06-01T00:00Z", "2026-06-02T00:00Z");

    private static ProviderCalendar Provider(Guid id, int startHour, int endHour, params OccupyingBooking[] bookings) =>
        Calendar(Daily(DateTimeZone.Utc, Hours(startHour, endHour)), id) with { Bookings = bookings };

    private static OccupyingBooking Hour(string start, Guid? offering = null, int seats = 1) =>
        new(offering ?? OtherOffering, At(start), new InstantRange(At(start), At(start) + Duration.FromHours(1)), seats);

    [Fact]
    public void One_slot_per_start_in_start_order()
    {
        var slots = SlotCalculator.ForAnyProvider(Rules(), [Provider(ProviderA, 9, 12), Provider(ProviderB, 10, 14)], Query(Monday));

        Assert.Equal(Every("2026-06-01T09:00Z", 60, 5), Starts(slots));
    }

    [Fact]
    public void One_to_one_slots_go_to_the_provider_with_fewest_bookings()
    {
        var a = Provider(ProviderA, 9, 14, Hour("2026-06-01T12:00Z"), Hour("2026-06-01T13:00Z"));
        var b = Provider(ProviderB, 9, 14, Hour("2026-06-01T09:00Z"));

        var slots = SlotCalculator.ForAnyProvider(Rules(), [a, b], Query(Monday));

        Assert.Equal(Every("2026-06-01T09:00Z", 60, 5), Starts(slots));
        Assert.Equal([ProviderA, ProviderB, ProviderB, ProviderB, ProviderB], slots.Select(s => s.ProviderId));
    }

    [Fact]
    public void Only_bookings_within_the_queried_range_count_towards_load()
    {
        var a = Provider(ProviderA, 9, 11, Hour("2026-06-02T09:00Z"), Hour("2026-06-02T10:00Z"), Hour("2026-06-03T09:00Z"));
        var b = Provider(ProviderB, 9, 11, Hour("2026-06-01T09:00Z"));

        var slots = SlotCalculator.ForAnyProvider(Rules(), [b, a], Query(Monday));

        Assert.Equal([ProviderA, ProviderA], slots.Select(s => s.ProviderId));
    }

    [Fact]
    public void Ties_go_to_the_first_calendar()
    {
        var a = Provider(ProviderA, 9, 12);
        var b = Provider(ProviderB, 9, 12);

        Assert.All(SlotCalculator.ForAnyProvider(Rules(), [a, b], Query(Monday)), s => Assert.Equal(ProviderA, s.ProviderId));
        Assert.All(SlotCalculator.ForAnyProvider(Rules(), [b, a], Query(Monday)), s => Assert.Equal(ProviderB, s.ProviderId));
    }

    [Fact]
    public void Group_slots_go_to_the_provider_with_most_seats_left()
    {
        var a = Provider(ProviderA, 9, 12, Hour("2026-06-01T10:00Z", Offering, seats: 3));
        var b = Provider(ProviderB, 9, 12, Hour("2026-06-01T10:00Z", Offering, seats: 1), Hour("2026-06-01T11:00Z", Offering, seats: 1));

        var slots = SlotCalculator.ForAnyProvider(Group(8), [a, b], Query(Monday));

        Assert.Equal(Every("2026-06-01T09:00Z", 60, 3), Starts(slots));
        // 09:00: 8 seats each, A has fewer bookings; 10:00: B has 7 left against A's 5, despite more bookings;
        // 11:00: A has 8 left against B's 7.
        Assert.Equal([ProviderA, ProviderB, ProviderA], slots.Select(s => s.ProviderId));
        Assert.Equal([8, 7, 8], slots.Select(s => s.RemainingSeats));
    }

    [Fact]
    public void Group_ties_in_seats_and_bookings_go_to_the_first_calendar()
    {
        var a = Provider(ProviderA, 9, 11, Hour("2026-06-01T10:00Z", Offering, seats: 2));
        var b = Provider(ProviderB, 9, 11, Hour("2026-06-01T10:00Z", Offering, seats: 2));

        Assert.Equal([ProviderA, ProviderA], SlotCalculator.ForAnyProvider(Group(8), [a, b], Query(Monday)).Select(s => s.ProviderId));
        Assert.Equal([ProviderB, ProviderB], SlotCalculator.ForAnyProvider(Group(8), [b, a], Query(Monday)).Select(s => s.ProviderId));
    }

    [Fact]
    public void A_start_only_one_provider_can_take_goes_to_that_provider()
    {
        var a = Provider(ProviderA, 9, 10);
        var b = Provider(ProviderB, 15, 16);
        var c = Provider(ProviderC, 12, 13);

        var slots = SlotCalculator.ForAnyProvider(Rules(), [a, b, c], Query(Monday));

        Assert.Equal(Instants("2026-06-01T09:00Z", "2026-06-01T12:00Z", "2026-06-01T15:00Z"), Starts(slots));
        Assert.Equal([ProviderA, ProviderC, ProviderB], slots.Select(s => s.ProviderId));
    }

    [Fact]
    public void No_calendars_no_slots()
    {
        Assert.Empty(SlotCalculator.ForAnyProvider(Rules(), [], Query(Monday)));
    }

    [Fact]
    public void Providers_in_different_zones_are_merged_by_instant()
    {
        // 09:00 in New York (EDT, −04:00) is 14:00 in London (BST, +01:00): one slot, the first calendar's.
        var newYork = Calendar(Daily("America/New_York", 9, 10), ProviderA);
        var london = Calendar(Daily("Europe/London", 14, 16), ProviderB);

        var slots = SlotCalculator.ForAnyProvider(Rules(), [newYork, london], Query(Monday));

        Assert.Equal(Instants("2026-06-01T14:00+01:00", "2026-06-01T15:00+01:00"), Starts(slots));
        Assert.Equal([ProviderA, ProviderB], slots.Select(s => s.ProviderId));
    }
}
