using Platform.Tenancy;

namespace Platform.Api.Features.Offerings;

/// <summary>
/// Something an organization sells: a session type, lesson, workshop or bookable resource. Archiving
/// keeps the row (old bookings still point at it) but takes it off sale.
/// </summary>
public sealed class Offering : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public OfferingKind Kind { get; set; }

    public OfferingFormat Format { get; set; }

    /// <summary>Seats per occurrence; always 1 for one-to-one.</summary>
    public int Capacity { get; set; } = 1;

    /// <summary>The lengths a customer may choose, in minutes, shortest first.</summary>
    public List<int> DurationsMinutes { get; set; } = [];

    public int BufferBeforeMinutes { get; set; }

    public int BufferAfterMinutes { get; set; }

    public int MinimumNoticeMinutes { get; set; }

    /// <summary>How far ahead it can be booked.</summary>
    public int BookingWindowDays { get; set; }

    public int SlotIntervalMinutes { get; set; }

    public bool RequiresConfirmation { get; set; }

    /// <summary>Guests (an email address, no account) may book.</summary>
    public bool AllowsGuests { get; set; }

    public LocationKind LocationKind { get; set; }

    public string? LocationDetail { get; set; }

    /// <summary>Which video module creates the meeting (e.g. zoom, google_meet); used by the booking flow.</summary>
    public string? VideoProvider { get; set; }

    public List<RefundTierEntry> RefundTiers { get; set; } = [];

    public int RescheduleCutoffMinutes { get; set; }

    public OfferingStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }
}
