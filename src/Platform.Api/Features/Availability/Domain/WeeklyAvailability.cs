using NodaTime;
using NodaTime.TimeZones;

namespace Platform.Api.Features.Availability.Domain;

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
