using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

namespace Platform.Modules.Calendars.Ics;

/// <summary>
/// The busy times of an iCalendar text within a window: every VEVENT occurrence that overlaps it. Recurring events
/// (RRULE, RDATE, EXDATE) are expanded in the event's own time zone — its TZID may be an IANA or Windows name, or a
/// custom VTIMEZONE (mapped to an IANA zone by <see cref="IcsTimeZones"/>) — so a weekly 09:00 Europe/Berlin meeting stays
/// at 09:00 local across a DST change. A RECURRENCE-ID override replaces the occurrence it names (moved, or cancelled).
/// Floating times and all-day (VALUE=DATE) events have no zone in the feed and are read as UTC: an all-day event is busy
/// from 00:00 to 24:00 UTC, which can be off by the host's UTC offset; the feed does not say better.
/// Free (TRANSP:TRANSPARENT), cancelled and zero-length events are not busy. A malformed event is skipped, not fatal.
/// Ids are <c>{UID}/{occurrence start, UTC ISO}</c> (for an override, the start it replaces), stable across fetches.
/// </summary>
public static class IcsBusyTimes
{
    /// <summary>At most this many occurrences are expanded per feed, so a hostile feed costs bounded time and memory.</summary>
    public const int MaxOccurrences = 5000;

    /// <summary>Recurrence candidates Ical.Net would step through from DTSTART; a rule needing more is refused.</summary>
    private const double MaxIncrements = 500_000;

    private static readonly EvaluationOptions Evaluation = new() { MaxUnmatchedIncrementsLimit = 1000 };

    public static IReadOnlyList<ExternalBusy> Expand(string icsText, DateTimeOffset windowStart, DateTimeOffset windowEnd) =>
        TryExpand(icsText, windowStart, windowEnd, out var busy) ? busy : [];

    /// <summary>False when the text is not an iCalendar object at all (the caller reports "not an iCalendar feed").</summary>
    public static bool TryExpand(
        string? icsText, DateTimeOffset windowStart, DateTimeOffset windowEnd, out IReadOnlyList<ExternalBusy> busy)
    {
        busy = [];
        var calendar = Load(icsText, windowStart.Year);
        if (calendar is null) return false;
        if (windowEnd <= windowStart) return true;

        var found = new Dictionary<string, ExternalBusy>(StringComparer.Ordinal);
        var budget = new Budget();
        foreach (var series in calendar.Events.GroupBy(Uid, StringComparer.Ordinal))
        {
            if (budget.Exhausted) break;
            var overrides = series.Where(e => e.RecurrenceIdentifier is not null).ToList();
            var replaced = overrides.Select(e => Utc(e.RecurrenceIdentifier!.StartTime)).ToHashSet();
            foreach (var master in series.Where(e => e.RecurrenceIdentifier is null))
                Collect(master, series.Key, replaced, null, windowStart, windowEnd, found, budget);
            foreach (var change in overrides)
                Collect(change, series.Key, [], Utc(change.RecurrenceIdentifier!.StartTime), windowStart, windowEnd, found, budget);
        }
        busy = [.. found.Values.OrderBy(b => b.StartsAt).ThenBy(b => b.Id, StringComparer.Ordinal)];
        return true;
    }

    private static Ical.Net.Calendar? Load(string? icsText, int year)
    {
        if (string.IsNullOrWhiteSpace(icsText)) return null;
        var text = IcsText.Prepare(icsText.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'), year);
        if (!text.StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return Ical.Net.Calendar.Load(text);
        }
        // Any parser failure means the same thing: the body is not a calendar.
        catch (Exception)
        {
            return null;
        }
    }

    private static void Collect(
        CalendarEvent item,
        string uid,
        HashSet<DateTime> replaced,
        DateTime? replaces,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        Dictionary<string, ExternalBusy> found,
        Budget budget)
    {
        if (!IsBusy(item) || item.DtStart is null) return;
        try
        {
            if (!IcsRecurrenceGuard.IsBounded(item, windowEnd.UtcDateTime, MaxIncrements)) return;
            // Occurrences that start before the window can still overlap it; a day of slack covers floating times too.
            var length = item.EffectiveDuration.ToTimeSpanUnspecified();
            var from = windowStart.UtcDateTime - (length > TimeSpan.Zero ? length : TimeSpan.Zero) - TimeSpan.FromDays(1);
            var until = new CalDateTime(windowEnd.UtcDateTime.AddDays(1), CalDateTime.UtcTzId);
            foreach (var occurrence in item.GetOccurrences(new CalDateTime(from, CalDateTime.UtcTzId), Evaluation).TakeWhileBefore(until))
            {
                if (!budget.Take()) return;
                var start = Utc(occurrence.Period.StartTime);
                if (replaces is null && replaced.Contains(start)) continue;
                var end = occurrence.Period.EffectiveEndTime is { } e ? Utc(e) : start;
                if (end <= start || start >= windowEnd.UtcDateTime || end <= windowStart.UtcDateTime) continue;
                var id = $"{uid}/{(replaces ?? start).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}";
                found[id] = new ExternalBusy(id, new DateTimeOffset(start, TimeSpan.Zero), new DateTimeOffset(end, TimeSpan.Zero));
            }
        }
        // A malformed event (bad date, unknown zone, runaway rule) is skipped; the rest of the feed counts.
        catch (Exception)
        {
            return;
        }
    }

    private static bool IsBusy(CalendarEvent item) =>
        !string.Equals(item.Transparency, "TRANSPARENT", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(item.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase);

    /// <summary>Floating times (no zone, no Z) and dates are read as UTC, whatever the server's own zone.</summary>
    private static DateTime Utc(CalDateTime? value) => value is null ? DateTime.MinValue
        : value.IsFloating ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc)
        : value.AsUtc;

    /// <summary>The UID groups a series with its overrides (<see cref="IcsText"/> gave every event one).</summary>
    private static string Uid(CalendarEvent item) => item.Uid ?? string.Empty;

    /// <summary>Counts occurrences across the whole feed against <see cref="MaxOccurrences"/>.</summary>
    private sealed class Budget
    {
        private int _used;

        public bool Exhausted => _used >= MaxOccurrences;

        public bool Take() => ++_used <= MaxOccurrences;
    }
}
