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
