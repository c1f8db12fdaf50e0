using NodaTime;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>A bookable start with its provider and the seats still free.</summary>
public sealed record Slot(Instant Start, Instant End, Guid ProviderId, int RemainingSeats);
