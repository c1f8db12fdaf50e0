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
