using GraphQL.Types;
using Platform.Api.Features.Bookings.Holds;

namespace Platform.Api.Features.Bookings.Series;

public sealed class BookSeriesInputType : InputObjectGraphType<BookSeriesInput>
{
    public BookSeriesInputType()
    {
        Name = "BookSeriesInput";
        Field<NonNullGraphType<IdGraphType>>("offeringId");
        Field<IdGraphType>("providerId").Description("Null: the provider who can take the most occurrences.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Description("The first occurrence.");
        Field<IntGraphType>("durationMinutes");
        Field<IntGraphType>("seats").DefaultValue(1);
        Field<ListGraphType<NonNullGraphType<ParticipantInputType>>>("participants");
        Field<StringGraphType>("customerEmail").Description("Staff and integration clients: whom the series is for.");
        Field<NonNullGraphType<RecurrenceFrequencyEnum>>("frequency");
        Field<NonNullGraphType<IntGraphType>>("occurrences").Description("2 to 52, the first included.");
        Field<NonNullGraphType<SeriesModeEnum>>("mode");
        Field<StringGraphType>("timeZone").Description("IANA zone whose wall-clock time the occurrences keep; default the provider's.");
        Field<IdGraphType>("cartId").Description("Put paid occurrences in this cart; by default a new cart is made for them.");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey");
    }
}
