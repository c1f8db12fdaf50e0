using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.GraphQL;

public sealed class BookingPayloadType : ObjectGraphType<BookingPayload>
{
    public BookingPayloadType()
    {
        Name = "BookingPayload";
        Field<BookingType>("booking").Resolve(c => c.Source.Booking);
        Field(p => p.Replayed).Description("True when the idempotency key matched an earlier request: its booking, as it is now.");
        this.AddUserErrors();
    }
}
