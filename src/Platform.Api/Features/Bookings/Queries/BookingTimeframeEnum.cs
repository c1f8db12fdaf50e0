using GraphQL.Types;

namespace Platform.Api.Features.Bookings.Queries;

public sealed class BookingTimeframeEnum : EnumerationGraphType<BookingTimeframe>
{
    public BookingTimeframeEnum()
    {
        Name = "BookingTimeframe";
        Description = "UPCOMING: ahead and still holding its place. PAST: ended, cancelled, declined or expired.";
    }
}
