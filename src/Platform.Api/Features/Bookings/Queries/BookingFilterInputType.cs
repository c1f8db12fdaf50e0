using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL.Types;

namespace Platform.Api.Features.Bookings.Queries;

public sealed class BookingFilterInputType : InputObjectGraphType<BookingFilter>
{
    public BookingFilterInputType()
    {
        Name = "BookingFilter";
        Field<ListGraphType<NonNullGraphType<BookingStatusEnum>>>("statuses")
            .Description("Statuses as of now (a hold past its expiry is EXPIRED).");
        Field<IdGraphType>("providerId");
        Field<IdGraphType>("offeringId");
        Field<DateTimeOffsetGraphType>("from").Description("Starting at or after.");
        Field<DateTimeOffsetGraphType>("to").Description("Starting before.");
    }
}
