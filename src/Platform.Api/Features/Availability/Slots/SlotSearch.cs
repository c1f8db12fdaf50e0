namespace Platform.Api.Features.Availability.Slots;

/// <summary>An availableSlots question: local dates [From, To] in a viewer's zone (the organization's when omitted).</summary>
public sealed record SlotSearch(string OfferingId, string? ProviderId, DateOnly From, DateOnly To, string? TimeZone)
{
    public int? DurationMinutes { get; init; }

    public int Seats { get; init; } = 1;

    public bool IncludeFull { get; init; }
}
