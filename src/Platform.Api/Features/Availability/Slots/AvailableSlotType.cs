using GraphQL.Types;
using NodaTime.Text;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Availability.Slots;

public sealed class AvailableSlotType : ObjectGraphType<SlotView>
{
    private static readonly OffsetDateTimePattern LocalPattern = OffsetDateTimePattern.CreateWithInvariantCulture(
        "uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>"
    );

    public AvailableSlotType()
    {
        Name = "AvailableSlot";
        Description = "A bookable start: the instant, its local time in the asked zone, the provider and the seats left.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start")
            .Description("UTC instant.")
            .Resolve(c => c.Source.Slot.Start.ToDateTimeOffset());
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("end").Resolve(c => c.Source.Slot.End.ToDateTimeOffset());
        Field<NonNullGraphType<StringGraphType>>("localStart")
            .Description("The start in the asked zone with its offset, e.g. 2026-03-08T09:00:00-04:00.")
            .Resolve(c => LocalPattern.Format(c.Source.Slot.Start.InZone(c.Source.Zone).ToOffsetDateTime()));
        Field<NonNullGraphType<DateOnlyGraphType>>("localDate").Resolve(c => c.Source.Slot.Start.InZone(c.Source.Zone).Date.ToDateOnly());
        Field<NonNullGraphType<ProviderType>>("provider").Resolve(c => c.Loaders().ProvidersById(c.Db()).Load(c.Source.Slot.ProviderId));
        Field<NonNullGraphType<IntGraphType>>("remainingSeats").Resolve(c => c.Source.Slot.RemainingSeats);
    }
}
