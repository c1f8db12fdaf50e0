using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Offerings;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Live;

public sealed class SlotStateType : ObjectGraphType<SlotState>
{
    public SlotStateType()
    {
        Name = "SlotState";
        Description = "A provider's time after a change: for a group occurrence of the offering its seats; otherwise capacity taken whole while the time is occupied.";
        Field<NonNullGraphType<ProviderType>>("provider").Resolve(c => c.Loaders().ProvidersById(c.Db()).Load(c.Source.ProviderId));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("end").Resolve(c => c.Source.End);
        Field(s => s.Capacity);
        Field(s => s.SeatsTaken);
        Field(s => s.RemainingSeats);
    }
}

public sealed class SlotsChangeType : ObjectGraphType<SlotsChange>
{
    public SlotsChangeType()
    {
        Name = "SlotsChange";
        Description = "Times of an offering whose availability just changed; no personal data. Ask availableSlots again for the full picture.";
        Field<NonNullGraphType<IdGraphType>>("offeringId").Resolve(c => GlobalId.Encode(OfferingType.TypeName, c.Source.OfferingId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SlotStateType>>>>("slots").WithComplexityImpact(1, 2).Resolve(c => c.Source.Slots);
    }
}

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("bookingsByStatus").Description("Bookings starting today, by status as of now.").WithComplexityImpact(1, 8).Resolve(c => c.Source.BookingsByStatus);
        Field(d => d.PendingConfirmations).Description("Bookings of any day awaiting a host's decision.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CurrencyRevenueType>>>>("revenue").Description("Of bookings starting today.").WithComplexityImpact(1, 2).Resolve(c => c.Source.Revenue);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("asOf").Resolve(c => c.Source.AsOf);
    }
}
