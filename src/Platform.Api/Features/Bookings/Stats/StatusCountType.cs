using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL.Types;

namespace Platform.Api.Features.Bookings.Stats;

public sealed class StatusCountType : ObjectGraphType<StatusCount>
{
    public StatusCountType()
    {
        Name = "StatusCount";
        Field<NonNullGraphType<BookingStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(s => s.Count);
    }
}
