using NodaTime;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>What an offering asks of a slot: its length, grid, buffers and booking limits.</summary>
public sealed record SlotRules
{
    public required Guid OfferingId { get; init; }

    public required Duration Length { get; init; }

    /// <summary>Distance between candidate starts on the provider's local clock (e.g. every 30 minutes).</summary>
    public required Duration Interval { get; init; }

    public Duration BufferBefore { get; init; } = Duration.Zero;

    public Duration BufferAfter { get; init; } = Duration.Zero;

    /// <summary>A slot must start at least this long after now.</summary>
    public Duration MinimumNotice { get; init; } = Duration.Zero;

    /// <summary>A slot may start at most this long after now.</summary>
    public required Duration BookingWindow { get; init; }

    /// <summary>Seats per occurrence; 1 for one-to-one offerings.</summary>
    public int Capacity { get; init; } = 1;

    /// <summary>Group occurrences share seats: bookings of the same offering at the same start add up instead of blocking.</summary>
    public bool IsGroup { get; init; }
}

/// <summary>
/// A booking that occupies a provider: active bookings and unexpired holds. <see cref="Blocked"/> is
/// its time plus its own buffers, exactly the range the database's exclusion constraint protects.
/// </summary>
public sealed record OccupyingBooking(Guid OfferingId, Instant Start, InstantRange Blocked, int Seats);

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

/// <summary>The instants asked about, the clock, and whether full group occurrences are wanted (to join a waitlist).</summary>
public sealed record SlotQuery(InstantRange Range, Instant Now, bool IncludeFull = false);

/// <summary>A bookable start with its provider and the seats still free.</summary>
public sealed record Slot(Instant Start, Instant End, Guid ProviderId, int RemainingSeats);
