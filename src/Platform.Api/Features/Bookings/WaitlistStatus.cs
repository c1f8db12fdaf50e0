namespace Platform.Api.Features.Bookings;

public enum WaitlistStatus
{
    /// <summary>In the queue.</summary>
    Waiting,

    /// <summary>Seats freed up and were held for this customer (see <see cref="WaitlistEntry.OfferedBookingId"/>).</summary>
    Offered,

    /// <summary>The offered hold became a booking.</summary>
    Booked,

    /// <summary>The offered hold ran out before it was taken; the next in line got the seats.</summary>
    Lapsed,

    /// <summary>The customer left the queue (or let the offer go).</summary>
    Left,

    /// <summary>The occurrence started while the customer still waited.</summary>
    Closed,
}
