using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Bookings.Carts;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Series;

public sealed class BookSeriesPayloadType : ObjectGraphType<BookSeriesPayload>
{
    public BookSeriesPayloadType()
    {
        Name = "BookSeriesPayload";
        Field<BookingSeriesType>("series").Description("Null when nothing was booked.").Resolve(c => c.Source.Series);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesOccurrenceType>>>>("occurrences")
            .Description("Every occurrence asked for, booked or with its problem.")
            .WithComplexityImpact(1, 12)
            .Resolve(c => c.Source.Occurrences);
        Field<CartType>("cart").Description("The cart paid occurrences were put in, for one payment.").Resolve(c => c.Source.Cart);
        Field(p => p.Replayed);
        this.AddUserErrors();
    }
}
