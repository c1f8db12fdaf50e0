using GraphQL.Types;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class BookingStatusEnum : EnumerationGraphType<BookingStatus>
{
    public BookingStatusEnum()
    {
        Name = "BookingStatus";
        Description = "HELD → AWAITING_HOST → CONFIRMED → COMPLETED / NO_SHOW; exits CANCELLED, DECLINED, EXPIRED.";
    }
}
