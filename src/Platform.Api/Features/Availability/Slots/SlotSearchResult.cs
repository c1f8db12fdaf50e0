using NodaTime;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Availability.Slots;

/// <summary>The answer: slots, the zone their local times are shown in, or why there are none.</summary>
public sealed record SlotSearchResult(IReadOnlyList<Slot> Slots, DateTimeZone? Zone) : Payload
{
    public static SlotSearchResult Failed(params UserError[] errors) => new([], null) { UserErrors = errors };
}
