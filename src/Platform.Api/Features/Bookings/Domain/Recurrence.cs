using NodaTime;
using NodaTime.TimeZones;

namespace Platform.Api.Features.Bookings.Domain;

/// <summary>
/// The starts of a recurring series. Occurrences keep the first one's wall-clock time in the zone
/// it was booked in, so "Tuesdays at 10:00 in London" stays at 10:00 across DST changes. A time that
/// does not exist that day (spring-forward gap) moves to when the clocks resume; one that exists twice
/// takes the earlier instant.
/// </summary>
public static class Recurrence
{
    public const int MaxOccurrences = 52;

    private static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    public static IReadOnlyList<Instant> Starts(Instant first, DateTimeZone zone, RecurrenceFrequency frequency, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxOccurrences);
        var local = first.InZone(zone).LocalDateTime;
        return [.. Enumerable.Range(0, count).Select(i => zone.ResolveLocal(Advance(local, frequency, i), Resolver).ToInstant())];
    }

    // Always from the first occurrence, never step by step: Jan 31 → Feb 28 → Mar 31, not Mar 28.
    private static LocalDateTime Advance(LocalDateTime first, RecurrenceFrequency frequency, int index) => frequency switch
    {
        RecurrenceFrequency.Weekly => first.PlusWeeks(index),
        RecurrenceFrequency.Biweekly => first.PlusWeeks(2 * index),
        RecurrenceFrequency.Monthly => first.PlusMonths(index),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };
}
