using GraphQL.Types;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class BookingStatusEnum : EnumerationGraphType<BookingStatus>
{
    public BookingStatusEnum()
    {
        Name = "BookingStatus";
        Description = "HELD → AWAITING_HOST → CONFIRMED → COMPLETED / NO_SHOW; exits CANCELLED, DECLINED, EXPIRED.";
    }
}
