using Platform.Api.Features.Bookings.Domain;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

public enum BookingEventKind
{
    /// <summary>The booking came into being (its first status is <see cref="BookingEvent.ToStatus"/>).</summary>
    Created,

    /// <summary>The status changed from <see cref="BookingEvent.FromStatus"/> to <see cref="BookingEvent.ToStatus"/>.</summary>
    StatusChanged,

    /// <summary>The booking moved to another time or provider; the status stayed.</summary>
    Rescheduled,

    /// <summary>A guest booking was attached to the account that signed up with its email.</summary>
    CustomerAttached,

    /// <summary>The money moved: authorized, captured, released, refunded, disputed (details say how).</summary>
    PaymentChanged,
}

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
