using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Data;

namespace Platform.UnitTests.Bookings;

/// <summary>The active-states rule: the SQL expression and the in-memory check must agree on every status.</summary>
public sealed class BookingOccupancyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<BookingStatus, int?, bool> Cases => new()
    {
        { BookingStatus.Held, 1, true },
        { BookingStatus.Held, 0, false },
        { BookingStatus.Held, -1, false },
        { BookingStatus.AwaitingHost, null, true },
        { BookingStatus.AwaitingHost, 1, true },
        { BookingStatus.AwaitingHost, 0, false },
        { BookingStatus.Confirmed, null, true },
        { BookingStatus.Completed, null, false },
        { BookingStatus.NoShow, null, false },
        { BookingStatus.Cancelled, null, false },
        { BookingStatus.Declined, null, false },
        { BookingStatus.Expired, null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_booking_occupies_its_slot_only_while_confirmed_or_held_or_awaiting_the_host_before_its_deadline(BookingStatus status, int? minutesLeft, bool occupies)
    {
        var deadline = minutesLeft is { } m ? Now.AddMinutes(m) : (DateTimeOffset?)null;
        var booking = new Booking { Status = status, HoldExpiresAt = deadline, ConfirmationExpiresAt = status == BookingStatus.AwaitingHost ? deadline : null };
        Assert.Equal(occupies, booking.Occupies(Now));
        Assert.Equal(occupies, BookingOccupancy.OccupiesAt(Now).Compile()(booking));
        Assert.Equal(!occupies, BookingOccupancy.FreedAt(Now).Compile()(booking));
    }
}
