namespace Platform.Api.Features.Bookings;

public enum BookingStatus
{
    Held,
    AwaitingHost,
    Confirmed,
    Completed,
    NoShow,
    Cancelled,
    Declined,
    Expired,
}
