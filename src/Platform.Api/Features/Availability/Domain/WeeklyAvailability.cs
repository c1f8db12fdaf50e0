using NodaTime;
using NodaTime.TimeZones;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>Local clock minutes [StartMinute, EndMinute) within one day; 1440 means the following midnight.</summary>
public readonly record struct MinuteRange
{
    public const int MinutesPerDay = 24 * 60;

    public MinuteRange(int startMinute, int endMinute)
    {
        if (startMinute < 0 || endMinute > MinutesPerDay || endMinute <= startMinute)
            throw new ArgumentOutOfRangeException(nameof(endMinute), $"Invalid local time range {startMinute}..{endMinute}: it must lie within one day and end after it starts.");
        StartMinute = startMinute;
        EndMinute = endMinute;
    }

    public int StartMinute { get; }

    public int EndMinute { get; }

    /// <summary>Merges overlapping or touching ranges, so two rules 09–12 and 11–15 behave as 09–15.</summary>
    public static IReadOnlyList<MinuteRange> Normalize(IEnumerable<MinuteRange> ranges)
    {
        var merged = new List<MinuteRange>();
        foreach (var range in ranges.OrderBy(r => r.StartMinute))
        {
            if (merged.Count > 0 && range.StartMinute <= merged[^1].EndMinute)
                merged[^1] = new MinuteRange(merged[^1].StartMinute, Math.Max(merged[^1].EndMinute, range.EndMinute));
            else
                merged.Add(range);
        }
        return merged;
    }
}

/// <summary>A recurring weekly window in the provider's own zone, e.g. Monday 09:00–17:00.</summary>
public sealed record WeeklyWindow(IsoDayOfWeek Day, MinuteRange Hours);

/// <summary>
/// Replaces the weekly windows on one local date: other hours (longer, shorter, extra) or, when
/// <see cref="Hours"/> is empty, a day off.
/// </summary>
public sealed record DateOverride(LocalDate Date, IReadOnlyList<MinuteRange> Hours);

/// <summary>
/// A provider's working hours: weekly windows and date overrides in their IANA zone. Turns them
/// into instants with DST gaps and overlaps resolved on purpose, not by accident:
/// a window starting in a gap starts when the clocks resume; a window ending in an overlap ends at
/// the later of the two instants, so the repeated hour is worked, not lost.
/// </summary>
public sealed class WeeklyAvailability
{
    private static readonly ZoneLocalMappingResolver StartResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly ZoneLocalMappingResolver EndResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    private readonly ILookup<IsoDayOfWeek, MinuteRange> _weekly;
    private readonly Dictionary<LocalDate, IReadOnlyList<MinuteRange>> _overrides;

    public WeeklyAvailability(DateTimeZone zone, IEnumerable<WeeklyWindow> weekly, IEnumerable<DateOverride>? overrides = null)
    {
        Zone = zone;
        _weekly = weekly.ToLookup(w => w.Day, w => w.Hours);
        _overrides = (overrides ?? []).GroupBy(o => o.Date)
            .ToDictionary(g => g.Key, g => MinuteRange.Normalize(g.SelectMany(o => o.Hours)));
    }

    public DateTimeZone Zone { get; }

    /// <summary>The local hours worked on <paramref name="date"/>: its override if any, else its weekday's windows.</summary>
    public IReadOnlyList<MinuteRange> HoursOn(LocalDate date) =>
        _overrides.TryGetValue(date, out var hours) ? hours : MinuteRange.Normalize(_weekly[date.DayOfWeek]);

    /// <summary>Local date-time of a minute of <paramref name="date"/>; minute 1440 is the next midnight.</summary>
    public static LocalDateTime At(LocalDate date, int minute) => date.AtMidnight().PlusMinutes(minute);

    public Instant StartInstant(LocalDateTime local) => Zone.ResolveLocal(local, StartResolver).ToInstant();

    public Instant EndInstant(LocalDateTime local) => Zone.ResolveLocal(local, EndResolver).ToInstant();

    /// <summary>Every working window whose local date lies in [<paramref name="first"/>, <paramref name="last"/>], as instants.</summary>
    public IEnumerable<WorkingWindow> WindowsBetween(LocalDate first, LocalDate last)
    {
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var hours in HoursOn(date))
            {
                var start = At(date, hours.StartMinute);
                var end = At(date, hours.EndMinute);
                var span = new InstantRange(StartInstant(start), EndInstant(end));
                if (span.Length > Duration.Zero) yield return new WorkingWindow(start, end, span);
            }
        }
    }
}

/// <summary>One working window: its local bounds (for stepping on the clock grid) and its real span.</summary>
public sealed record WorkingWindow(LocalDateTime LocalStart, LocalDateTime LocalEnd, InstantRange Span);
