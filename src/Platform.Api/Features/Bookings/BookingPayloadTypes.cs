using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Availability;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings;

public sealed class BookingPayloadType : ObjectGraphType<BookingPayload>
{
    public BookingPayloadType()
    {
        Name = "BookingPayload";
        Field<BookingType>("booking").Resolve(c => c.Source.Booking);
        Field(p => p.Replayed).Description("True when the idempotency key matched an earlier request: its booking, as it is now.");
        this.AddUserErrors();
    }
}

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

public sealed class CancelSeriesPayloadType : ObjectGraphType<CancelSeriesPayload>
{
    public CancelSeriesPayloadType()
    {
        Name = "CancelSeriesPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookingType>>>>("cancelled").WithComplexityImpact(1, 12).Resolve(c => c.Source.Cancelled);
        this.AddUserErrors();
    }
}

public sealed class WaitlistPayloadType : ObjectGraphType<WaitlistPayload>
{
    public WaitlistPayloadType()
    {
        Name = "WaitlistPayload";
        Field<WaitlistEntryType>("entry").Resolve(c => c.Source.Entry);
        Field<BookingType>("booking").Description("The booking an accepted offer became.").Resolve(c => c.Source.Booking);
        this.AddUserErrors();
    }
}

public sealed class CartPayloadType : ObjectGraphType<CartPayload>
{
    public CartPayloadType()
    {
        Name = "CartPayload";
        Field<CartType>("cart").Resolve(c => c.Source.Cart);
        this.AddUserErrors();
    }
}

public sealed class BookingSettingsPayloadType : ObjectGraphType<BookingSettingsPayload>
{
    public BookingSettingsPayloadType()
    {
        Name = "BookingSettingsPayload";
        Field<BookingSettingsType>("settings").Resolve(c => c.Source.Settings);
        this.AddUserErrors();
    }
}

public sealed class StatusCountType : ObjectGraphType<StatusCount>
{
    public StatusCountType()
    {
        Name = "StatusCount";
        Field<NonNullGraphType<BookingStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(s => s.Count);
    }
}

public sealed class CurrencyRevenueType : ObjectGraphType<CurrencyRevenue>
{
    public CurrencyRevenueType()
    {
        Name = "CurrencyRevenue";
        Description = "Minor units. gross: price of bookings made for real (awaiting host, confirmed, completed, no-show, or paid then cancelled); refunded: what their exits give back; net: gross − refunded.";
        Field(r => r.Currency);
        Field(r => r.Bookings);
        Field(r => r.Gross);
        Field(r => r.Refunded);
        Field(r => r.Net);
    }
}

public sealed class ProviderUtilizationType : ObjectGraphType<ProviderUtilization>
{
    public ProviderUtilizationType()
    {
        Name = "ProviderUtilization";
        Field<NonNullGraphType<ProviderType>>("provider").Resolve(c => c.Loaders().ProvidersById(c.Db()).Load(c.Source.ProviderId));
        Field(u => u.AvailableMinutes).Description("Working hours less blackouts in the range.");
        Field(u => u.BookedMinutes).Description("Of those, minutes taken by sessions (a group session counts once).");
        Field(u => u.Ratio).Description("booked / available, 0 when nothing is available.");
    }
}

public sealed class BookingStatsType : ObjectGraphType<BookingStats>
{
    public BookingStatsType()
    {
        Name = "BookingStats";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("byStatus").Description("Bookings starting in the range, by status as of now.").WithComplexityImpact(1, 8).Resolve(c => c.Source.ByStatus);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CurrencyRevenueType>>>>("revenue").WithComplexityImpact(1, 2).Resolve(c => c.Source.Revenue);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderUtilizationType>>>>("utilization").WithComplexityImpact(1, 10).Resolve(c => c.Source.Utilization);
    }
}
