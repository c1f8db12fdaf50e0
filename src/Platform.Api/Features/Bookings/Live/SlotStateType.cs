using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.Live;

public sealed class SlotStateType : ObjectGraphType<SlotState>
{
    public SlotStateType()
    {
        Name = "SlotState";
        Description =
            "A provider's time after a change: for a group occurrence of the offering its seats; otherwise capacity taken whole while the "
            + "time is occupied.";
        Field<NonNullGraphType<ProviderType>>("provider").Resolve(c => c.Loaders().ProvidersById(c.Db()).Load(c.Source.ProviderId));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("end").Resolve(c => c.Source.End);
        Field(s => s.Capacity);
        Field(s => s.SeatsTaken);
        Field(s => s.RemainingSeats);
    }
}
