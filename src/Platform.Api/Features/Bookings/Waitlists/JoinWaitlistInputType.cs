using GraphQL.Types;
using Platform.Api.Features.Bookings.Holds;

namespace Platform.Api.Features.Bookings.Waitlists;

public sealed class JoinWaitlistInputType : InputObjectGraphType<JoinWaitlistInput>
{
    public JoinWaitlistInputType()
    {
        Name = "JoinWaitlistInput";
        Field<NonNullGraphType<IdGraphType>>("offeringId");
        Field<NonNullGraphType<IdGraphType>>("providerId");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Description("A full occurrence (availableSlots with includeFull).");
        Field<IntGraphType>("durationMinutes");
        Field<IntGraphType>("seats").DefaultValue(1);
        Field<ListGraphType<NonNullGraphType<ParticipantInputType>>>("participants");
    }
}
