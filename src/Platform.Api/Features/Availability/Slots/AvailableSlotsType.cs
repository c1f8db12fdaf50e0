using GraphQL.Types;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Availability.Slots;

public sealed class AvailableSlotsType : ObjectGraphType<SlotSearchResult>
{
    public AvailableSlotsType()
    {
        Name = "AvailableSlots";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AvailableSlotType>>>>("slots")
            .Description("Earliest first; empty when the question was invalid (see userErrors).")
            .Resolve(c => c.Source.Zone is { } zone ? c.Source.Slots.Select(s => new SlotView(s, zone)).ToList() : []);
        Field<StringGraphType>("timeZone").Description("The zone local times are shown in.").Resolve(c => c.Source.Zone?.Id);
        this.AddUserErrors();
    }
}
