using GraphQL.Types;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class BookingActorEnum : EnumerationGraphType<BookingActor>
{
    public BookingActorEnum()
    {
        Name = "BookingActor";
        Description = "Who acted on a booking, as seen from it.";
    }
}
