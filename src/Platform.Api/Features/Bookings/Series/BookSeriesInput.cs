using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Holds;

namespace Platform.Api.Features.Bookings.Series;

/// <summary>bookSeries' input: a hold's fields plus how often, how many times, and what to do with conflicts.</summary>
public sealed record BookSeriesInput
{
    public string OfferingId { get; init; } = "";

    public string? ProviderId { get; init; }

    public DateTimeOffset Start { get; init; }

    public int? DurationMinutes { get; init; }

    public int Seats { get; init; } = 1;

    public IReadOnlyList<ParticipantInput>? Participants { get; init; }

    public string? CustomerEmail { get; init; }

    public RecurrenceFrequency Frequency { get; init; }

    public int Occurrences { get; init; }

    public SeriesMode Mode { get; init; }

    /// <summary>The zone whose wall-clock time the occurrences keep; default the provider's.</summary>
    public string? TimeZone { get; init; }

    public string? CartId { get; init; }

    public string IdempotencyKey { get; init; } = "";
}
