using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Bookings.Stats;

namespace Platform.Api.Features.Bookings.Live;

public sealed class DashboardType : ObjectGraphType<Dashboard>
{
    public DashboardType()
    {
        Name = "Dashboard";
        Description = "Today in the organization's time zone, as of asOf.";
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(c => c.Source.Date);
        Field(d => d.TimeZone);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("bookingsByStatus")
            .Description("Bookings starting today, by status as of now.")
            .WithComplexityImpact(1, 8)
            .Resolve(c => c.Source.BookingsByStatus);
        Field(d => d.PendingConfirmations).Description("Bookings of any day awaiting a host's decision.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CurrencyRevenueType>>>>("revenue")
            .Description("Of bookings starting today.")
            .WithComplexityImpact(1, 2)
            .Resolve(c => c.Source.Revenue);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("asOf").Resolve(c => c.Source.AsOf);
    }
}
