using Platform.Tenancy;

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

/// <summary>A customer's place in the FIFO queue for a full group occurrence.</summary>
public sealed class WaitlistEntry : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid OccurrenceId { get; set; }

    public Guid CustomerUserId { get; set; }

    public int Seats { get; set; } = 1;

    /// <summary>The session length wanted, in minutes.</summary>
    public int DurationMinutes { get; set; }

    public List<Participant> Participants { get; set; } = [];

    public WaitlistStatus Status { get; set; }

    public Guid? OfferedBookingId { get; set; }

    public DateTimeOffset? OfferedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
