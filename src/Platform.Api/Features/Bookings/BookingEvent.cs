using Platform.Api.Features.Bookings.Domain;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

/// <summary>
/// One appended line of a booking's audit trail: who did what, when, from which status to which, and
/// why. Never updated or deleted; the source of notifications and subscription events.
/// </summary>
public sealed class BookingEvent : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>Total order of events (a database identity), so two events in one millisecond still sort.</summary>
    public long Sequence { get; set; }

    public Guid BookingId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public BookingEventKind Kind { get; set; }

    public BookingStatus? FromStatus { get; set; }

    public BookingStatus ToStatus { get; set; }

    public BookingActor ActorKind { get; set; }

    /// <summary>The person who acted, when a person did.</summary>
    public Guid? ActorUserId { get; set; }

    public string? Reason { get; set; }

    /// <summary>Details as JSON: old and new times of a reschedule, the refund of a cancellation.</summary>
    public string? Details { get; set; }
}
