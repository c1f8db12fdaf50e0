using Platform.Api.Features.Bookings;

namespace Platform.Api.Features.Notifications.Dispatch;

/// <summary>
/// One outbox event and what the planners need to read it: for a booking event, the event row and its public type
/// (<see cref="Domain.PublicEventTypes"/>); the booking as it is now (it may have moved on since).
/// </summary>
public sealed record OutboxEventFacts(OutboxEvent Event, BookingEvent? BookingEvent, string? PublicType, Booking? Booking)
{
    /// <summary>The public type for a booking event, else the outbox type itself (<c>member.added</c>…).</summary>
    public string Type => PublicType ?? Event.Type;
}
