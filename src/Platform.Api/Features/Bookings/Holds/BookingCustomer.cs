namespace Platform.Api.Features.Bookings.Holds;

/// <summary>Whom a booking is for: an account (with its customer roles here) or a guest's email.</summary>
public sealed record BookingCustomer(Guid? UserId, string? GuestEmail, string? GuestName, IReadOnlyList<string> Roles)
{
    public bool IsGuest => UserId is null;
}
