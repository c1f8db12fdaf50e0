using NodaTime;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Availability;

/// <summary>An availableSlots question: local dates [From, To] in a viewer's zone (the organization's when omitted).</summary>
public sealed record SlotSearch(string OfferingId, string? ProviderId, DateOnly From, DateOnly To, string? TimeZone)
{
    public int? DurationMinutes { get; init; }

    public int Seats { get; init; } = 1;

    public bool IncludeFull { get; init; }
}

/// <summary>The answer: slots, the zone their local times are shown in, or why there are none.</summary>
public sealed record SlotSearchResult(IReadOnlyList<Slot> Slots, DateTimeZone? Zone) : Payload
{
    public static SlotSearchResult Failed(params UserError[] errors) => new([], null) { UserErrors = errors };
}
