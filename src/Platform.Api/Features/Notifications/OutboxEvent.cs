using Platform.Tenancy;

namespace Platform.Api.Features.Notifications;

/// <summary>
/// Something happened that people or integrators may have to hear about, written in the transaction that made it
/// happen: by a trigger for every booking event (<see cref="OutboxEventTypes.BookingEvent"/>, whose id is the booking
/// event's), by the code that made the change for the rest. The dispatcher turns it into deliveries and marks it
/// <see cref="DispatchedAt"/> in one transaction, so it is fanned out once, never lost.
/// </summary>
public sealed class OutboxEvent : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>Total order (a database identity): deliveries of one booking go out in this order.</summary>
    public long Sequence { get; set; }

    /// <summary>One of <see cref="OutboxEventTypes"/>.</summary>
    public string Type { get; set; } = "";

    /// <summary>The booking it is about, when it is about one (the key deliveries are ordered by).</summary>
    public Guid? BookingId { get; set; }

    /// <summary>A snapshot of what the event needs beyond the rows it names (JSON), e.g. an invitation's link.</summary>
    public string? Data { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>When the dispatcher made its deliveries; null while it waits.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }
}
