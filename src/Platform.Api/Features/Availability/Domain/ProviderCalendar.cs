namespace Platform.Api.Features.Availability.Domain;

/// <summary>Everything that decides when one provider is free.</summary>
public sealed record ProviderCalendar
{
    public required Guid ProviderId { get; init; }

    public required WeeklyAvailability Hours { get; init; }

    /// <summary>Organization-wide and this provider's blackouts: no session may overlap them.</summary>
    public IReadOnlyList<InstantRange> Blackouts { get; init; } = [];

    /// <summary>Busy times from connected calendars: they collide with a slot's buffers too.</summary>
    public IReadOnlyList<InstantRange> Busy { get; init; } = [];

    public IReadOnlyList<OccupyingBooking> Bookings { get; init; } = [];
}
