using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.Waitlists;

public sealed class WaitlistPayloadType : ObjectGraphType<WaitlistPayload>
{
    public WaitlistPayloadType()
    {
        Name = "WaitlistPayload";
        Field<WaitlistEntryType>("entry").Resolve(c => c.Source.Entry);
        Field<BookingType>("booking").Description("The booking an accepted offer became.").Resolve(c => c.Source.Booking);
        this.AddUserErrors();
    }
}
