using GraphQL;
using GraphQL.Types;

namespace Platform.Api.Features.Bookings.Stats;

public sealed class BookingStatsType : ObjectGraphType<BookingStats>
{
    public BookingStatsType()
    {
        Name = "BookingStats";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("byStatus")
            .Description("Bookings starting in the range, by status as of now.")
            .WithComplexityImpact(1, 8)
            .Resolve(c => c.Source.ByStatus);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CurrencyRevenueType>>>>("revenue")
            .WithComplexityImpact(1, 2)
            .Resolve(c => c.Source.Revenue);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderUtilizationType>>>>("utilization")
            .WithComplexityImpact(1, 10)
            .Resolve(c => c.Source.Utilization);
    }
}
