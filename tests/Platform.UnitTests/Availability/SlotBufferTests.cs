using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

public class SlotBufferTests
{
    private static readonly InstantRange Monday = Range("2026-06-01T00:00Z", "2026-06-02T00:00Z");

    private static readonly WeeklyAvailability EightToOne = Daily(DateTimeZone.Utc, Hours(8, 13));

    private static readonly SlotRules HourEveryHalfHour = Rules(60, 30);

    private static readonly SlotRules BufferedQuarterHour = HourEveryHalfHour with
    {
        BufferBefore = Duration.FromMinutes(15),
        BufferAfter = Duration.FromMinutes(15),
    };

    [Fact]
    public void An_existing_bookings_buffered_range_blocks_neighbouring_slots()
    {
        // Booked 10:00–11:00 with 15 minutes either side: blocked 09:45–11:15.
        var calendar = Calendar(EightToOne) with { Bookings = [Booking(OtherOffering, "2026-06-01T10:00Z", "2026-06-01T11:00Z", bufferBeforeMinutes: 15, bufferAfterMinutes: 15)] };

        var slots = SlotCalculator.ForProvider(HourEveryHalfHour, calendar, Query(Monday));

        Assert.Equal(Instants("2026-06-01T08:00Z", "2026-06-01T08:30Z", "2026-06-01T11:30Z", "2026-06-01T12:00Z"), Starts(slots));
    }

    [Fact]
    public void Without_its_buffers_the_same_booking_blocks_only_overlapping_sessions()
    {
        var calendar = Calendar(EightToOne) with { Bookings = [Booking(OtherOffering, "2026-06-01T10:00Z", "2026-06-01T11:00Z")] };

        var slots = SlotCalculator.ForProvider(HourEveryHalfHour, calendar, Query(Monday));

        Assert.Equal(Instants("2026-06-01T08:00Z", "2026-06-01T08:30Z", "2026-06-01T09:00Z", "2026-06-01T11:00Z", "2026-06-01T11:30Z", "2026-06-01T12:00Z"), Starts(slots));
    }

    [Fact]
    public void The_offerings_own_buffers_collide_with_busy_intervals()
    {
        var calendar = Calendar(EightToOne) with { Busy = [Range("2026-06-01T11:00Z", "2026-06-01T11:30Z")] };

        var slots = SlotCalculator.ForProvider(BufferedQuarterHour, calendar, Query(Monday));

        // 10:00 would be buffered to 11:15 and 11:30 from 11:15: both touch the busy half hour.
        Assert.Equal(Instants("2026-06-01T08:00Z", "2026-06-01T08:30Z", "2026-06-01T09:00Z", "2026-06-01T09:30Z", "2026-06-01T12:00Z"), Starts(slots));
    }

    [Fact]
    public void The_offerings_own_buffers_collide_with_existing_bookings()
    {
        var calendar = Calendar(EightToOne) with { Bookings = [Booking(OtherOffering, "2026-06-01T11:00Z", "2026-06-01T11:30Z")] };

        var slots = SlotCalculator.ForProvider(BufferedQuarterHour, calendar, Query(Monday));

        Assert.Equal(Instants("2026-06-01T08:00Z", "2026-06-01T08:30Z", "2026-06-01T09:00Z", "2026-06-01T09:30Z", "2026-06-01T12:00Z"), Starts(slots));
    }

    [Fact]
    public void Buffers_do_not_need_to_fit_inside_working_hours()
    {
        var rules = Rules(60, 60) with { BufferBefore = Duration.FromMinutes(30), BufferAfter = Duration.FromMinutes(45) };

        var slots = SlotCalculator.ForProvider(rules, Calendar(EightToOne), Query(Monday));

        Assert.Equal(Every("2026-06-01T08:00Z", 60, 5), Starts(slots));
    }

    [Fact]
    public void A_buffer_touching_a_busy_interval_does_not_collide()
    {
        var rules = Rules(60, 60) with { BufferAfter = Duration.FromMinutes(30) };
        var calendar = Calendar(EightToOne) with { Busy = [Range("2026-06-01T09:30Z", "2026-06-01T10:00Z")] };

        var slots = SlotCalculator.ForProvider(rules, calendar, Query(Monday));

        // 08:00 is buffered to 09:30 (touching); 09:00 overlaps; 10:00 starts when the busy time ends.
        Assert.Equal(Instants("2026-06-01T08:00Z", "2026-06-01T10:00Z", "2026-06-01T11:00Z", "2026-06-01T12:00Z"), Starts(slots));
    }

    [Fact]
    public void A_buffer_before_reaching_back_into_a_booking_collides()
    {
        var rules = Rules(60, 60) with { BufferBefore = Duration.FromMinutes(1) };
        var calendar = Calendar(EightToOne) with { Bookings = [Booking(OtherOffering, "2026-06-01T09:00Z", "2026-06-01T10:00Z")] };

        var slots = SlotCalculator.ForProvider(rules, calendar, Query(Monday));

        Assert.Equal(Instants("2026-06-01T08:00Z", "2026-06-01T11:00Z", "2026-06-01T12:00Z"), Starts(slots));
    }
}
