using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Live;

public sealed class SlotsChangeType : ObjectGraphType<SlotsChange>
{
    public SlotsChangeType()
    {
        Name = "SlotsChange";
        Description =
            "Times of an offering whose availability just changed; no personal data. Ask availableSlots again for the full picture.";
        Field<NonNullGraphType<IdGraphType>>("offeringId").Resolve(c => GlobalId.Encode(OfferingType.TypeName, c.Source.OfferingId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SlotStateType>>>>("slots")
            .WithComplexityImpact(1, 2)
            .Resolve(c => c.Source.Slots);
    }
}
