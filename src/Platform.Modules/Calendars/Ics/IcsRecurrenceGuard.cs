using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Platform.Modules.Calendars.Ics;

/// <summary>
/// Refuses recurrence rules too costly to expand. Ical.Net steps through a rule from DTSTART, not from the window, so
/// <c>FREQ=SECONDLY</c> from 1970 is billions of steps before the first one that matters; the occurrence cap cannot help
/// because nothing is yielded meanwhile. The estimate is steps from DTSTART to the end of the window (or UNTIL) times the
/// candidates BYHOUR/BYMINUTE/BYSECOND multiply each step into. Ordinary rules (daily since 1970: ~20,000) pass easily.
/// </summary>
internal static class IcsRecurrenceGuard
{
    public static bool IsBounded(RecurringComponent item, DateTime windowEndUtc, double maxIncrements)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.DtStart is null) return false;
        var start = item.DtStart.Value;
        // Every RRULE and EXRULE counts (a benign first rule must not hide a runaway second one); Ical.Net keeps them as
        // properties whose values are parsed rules.
        foreach (var value in item.Properties.Where(p => p.Name is "RRULE" or "EXRULE").Select(p => p.Value))
        {
            if (value is not RecurrenceRule rule) return false;
            int[] expanding = [rule.BySecond.Count, rule.ByMinute.Count, rule.ByHour.Count, rule.ByMonthDay.Count, rule.ByDay.Count];
            var filtering = rule.ByMonth.Count + rule.ByYearDay.Count + rule.ByWeekNo.Count + rule.BySetPosition.Count;
            var end = rule.Until is { } until && until.Value < windowEndUtc ? until.Value : windowEndUtc;
            var seconds = Math.Max(0, (end - start).TotalSeconds);
            var fanOut = expanding.Aggregate(1.0, (product, count) => product * Math.Max(1, count));
            var steps = seconds / (StepSeconds(rule.Frequency) * Math.Max(1, rule.Interval)) * fanOut;
            // COUNT ends a rule after that many occurrences; without BY parts every step is an occurrence.
            if (rule.Count is { } count && fanOut == 1 && filtering == 0) steps = Math.Min(steps, count);
            if (steps > maxIncrements) return false;
        }
        return true;
    }

    private static double StepSeconds(FrequencyType frequency) => frequency switch
    {
        FrequencyType.Secondly => 1,
        FrequencyType.Minutely => 60,
        FrequencyType.Hourly => 3_600,
        FrequencyType.Daily => 86_400,
        FrequencyType.Weekly => 7 * 86_400,
        FrequencyType.Monthly => 28 * 86_400,
        _ => 365 * 86_400,
    };
}
