namespace Platform.Api.Features.Bookings.Expiry;

/// <summary>A booking that just expired: what the caller may need to follow up (waitlists, payments).</summary>
public sealed record ExpiredBooking(Guid Id, BookingStatus FromStatus, Guid? OccurrenceId);
