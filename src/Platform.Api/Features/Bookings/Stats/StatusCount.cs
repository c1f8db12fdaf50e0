namespace Platform.Api.Features.Bookings.Stats;

public sealed record StatusCount(BookingStatus Status, int Count);
