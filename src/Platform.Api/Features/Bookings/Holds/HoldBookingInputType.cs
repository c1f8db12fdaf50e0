using GraphQL.Types;

namespace Platform.Api.Features.Bookings.Holds;

public sealed class HoldBookingInputType : InputObjectGraphType<HoldBookingInput>
{
    public HoldBookingInputType()
    {
        Name = "HoldBookingInput";
        Field<NonNullGraphType<IdGraphType>>("offeringId");
        Field<IdGraphType>("providerId").Description("Null: any provider who delivers the offering.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Description("A start from availableSlots.");
        Field<IntGraphType>("durationMinutes").Description("One of the offering's durations; default the shortest.");
        Field<IntGraphType>("seats").DefaultValue(1).Description("More than one only for group offerings.");
        Field<ListGraphType<NonNullGraphType<ParticipantInputType>>>("participants").Description("Who attends, at most one per seat.");
        Field<StringGraphType>("guestEmail").Description("For anonymous callers, where the offering allows guests.");
        Field<StringGraphType>("guestName");
        Field<StringGraphType>("customerEmail").Description("Staff and integration clients: whom the booking is for.");
        Field<IdGraphType>("cartId").Description("Put the hold in this cart (it takes the cart's expiry).");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey")
            .Description("New for each distinct booking (a UUID); a retry with the same key returns the same booking.");
    }
}
