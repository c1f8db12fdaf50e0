using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Series;

public sealed class SeriesOccurrenceType : ObjectGraphType<SeriesOccurrence>
{
    public SeriesOccurrenceType()
    {
        Name = "SeriesOccurrence";
        Description = "One asked-for occurrence: its booking, or the problem that kept it out.";
        Field(o => o.Index).Description("0-based.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Resolve(c => c.Source.Start);
        Field<BookingType>("booking").Resolve(c => c.Source.Booking);
        Field<UserErrorType>("problem").Resolve(c => c.Source.Problem);
    }
}
