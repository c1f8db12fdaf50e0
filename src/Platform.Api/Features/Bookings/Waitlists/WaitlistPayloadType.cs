using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.GraphQL.Errors;

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
