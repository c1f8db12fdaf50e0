using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Series;

public sealed class CancelSeriesPayloadType : ObjectGraphType<CancelSeriesPayload>
{
    public CancelSeriesPayloadType()
    {
        Name = "CancelSeriesPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookingType>>>>("cancelled")
            .WithComplexityImpact(1, 12)
            .Resolve(c => c.Source.Cancelled);
        this.AddUserErrors();
    }
}
