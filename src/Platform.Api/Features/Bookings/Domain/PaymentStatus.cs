namespace Platform.Api.Features.Bookings.Domain;

/// <summary>Where the money of a booking stands; it runs beside <see cref="BookingStatus"/>.</summary>
public enum PaymentStatus
{
    /// <summary>Nothing to pay: free, or free for the customer's role.</summary>
    None,
    RequiresPayment,
    Authorized,
    Captured,
    PartiallyRefunded,
    Refunded,
    Failed,
    Canceled,
    Disputed,
}
