using System.Text.Json;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Bookings.Lifecycle;

/// <summary>
/// Builds the audit events of <c>booking_events</c>. Every status change goes through
/// <see cref="Transition"/>, which also changes the booking, so the trail cannot miss one.
/// </summary>
public static class BookingLog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static BookingEvent Created(Booking booking, BookingActor actor, Guid? actorUserId, string? reason, DateTimeOffset now) =>
        New(booking, BookingEventKind.Created, null, booking.Status, actor, actorUserId, reason, now, null);

    /// <summary>Moves <paramref name="booking"/> to <paramref name="to"/> and returns the event that records it.</summary>
    public static BookingEvent Transition(
        Booking booking,
        BookingStatus to,
        BookingActor actor,
        Guid? actorUserId,
        string? reason,
        DateTimeOffset now,
        object? details = null
    )
    {
        var from = booking.Status;
        booking.TransitionTo(to);
        booking.UpdatedAt = now;
        return New(booking, BookingEventKind.StatusChanged, from, to, actor, actorUserId, reason, now, details);
    }

    public static BookingEvent Rescheduled(
        Booking booking,
        BookingActor actor,
        Guid? actorUserId,
        string? reason,
        DateTimeOffset now,
        object details
    ) => New(booking, BookingEventKind.Rescheduled, booking.Status, booking.Status, actor, actorUserId, reason, now, details);

    public static BookingEvent CustomerAttached(Booking booking, Guid userId, DateTimeOffset now) =>
        New(
            booking,
            BookingEventKind.CustomerAttached,
            booking.Status,
            booking.Status,
            BookingActor.System,
            userId,
            "The guest signed up with this email.",
            now,
            null
        );

    /// <summary>The money moved; the status stayed. <paramref name="details"/> says how (payment status, amounts).</summary>
    public static BookingEvent PaymentChanged(Booking booking, string reason, DateTimeOffset now, object details) =>
        New(booking, BookingEventKind.PaymentChanged, booking.Status, booking.Status, BookingActor.System, null, reason, now, details);

    private static BookingEvent New(
        Booking booking,
        BookingEventKind kind,
        BookingStatus? from,
        BookingStatus to,
        BookingActor actor,
        Guid? actorUserId,
        string? reason,
        DateTimeOffset now,
        object? details
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            TenantId = booking.TenantId,
            BookingId = booking.Id,
            OccurredAt = now,
            Kind = kind,
            FromStatus = from,
            ToStatus = to,
            ActorKind = actor,
            ActorUserId = actorUserId,
            Reason = reason is { Length: > 1000 } ? reason[..1000] : reason,
            Details = details is null ? null : JsonSerializer.Serialize(details, details.GetType(), Json),
        };
}
