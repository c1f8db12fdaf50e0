
namespace Platform.Api.Features.Bookings.Queries;

public enum BookingTimeframe
{
    Upcoming,
    Past,
}
