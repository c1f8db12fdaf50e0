using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Series;

public sealed class BookingSeriesType : ObjectGraphType<BookingSeries>
{
    public const string TypeName = "BookingSeries";

    public BookingSeriesType()
    {
        this.ImplementNode(TypeName, s => s.Id);
        Description = "A recurring series: one offering and provider at the same wall-clock time.";
        Field<NonNullGraphType<OfferingType>>("offering").Resolve(c => c.Loaders().OfferingsById(c.Db()).Load(c.Source.OfferingId));
        Field<NonNullGraphType<ProviderType>>("provider").Resolve(c => c.Loaders().ProvidersById(c.Db()).Load(c.Source.ProviderId));
        Field<NonNullGraphType<RecurrenceFrequencyEnum>>("frequency").Resolve(c => c.Source.Frequency);
        Field(s => s.OccurrencesRequested).Description("How many occurrences were asked for.");
        Field(s => s.TimeZone).Description("The zone whose wall-clock time the occurrences keep.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookingType>>>>("bookings").Description("The occurrences booked, in order.")
            .WithComplexityImpact(1, 12)
            .Resolve(c => c.Loaders().BookingsBySeries(c.Db()).Load(c.Source.Id));
    }
}
