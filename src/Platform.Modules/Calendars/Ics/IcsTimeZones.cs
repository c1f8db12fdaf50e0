using Ical.Net;
using NodaTime;

namespace Platform.Modules.Calendars.Ics;

/// <summary>
/// Names an IANA zone for a VTIMEZONE whose TZID Ical.Net cannot resolve (Ical.Net knows IANA and Windows names, and
/// IANA names inside longer ids such as <c>/mozilla.org/…/Europe/Berlin</c>, but ignores the VTIMEZONE's own rules).
/// First the X-LIC-LOCATION hint (Thunderbird, Nextcloud), then the first IANA zone with the same standard and daylight
/// offsets and the same transition months in the year that matters — the same instants for busy times in practice.
/// </summary>
internal static class IcsTimeZones
{
    /// <summary>One STANDARD or DAYLIGHT part of a VTIMEZONE: the offset it switches to and the month it starts in.</summary>
    public sealed record Observance(bool Daylight, TimeSpan OffsetTo, int Month, string Start);

    public static bool IsKnown(string tzid)
    {
        try
        {
            return TimeZoneResolvers.Default(tzid) is not null;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>An IANA id for the zone, or null when none fits (its events are then skipped as malformed).</summary>
    public static string? Resolve(string tzid, string? location, IReadOnlyList<Observance> observances, int year)
    {
        ArgumentNullException.ThrowIfNull(observances);
        if (!string.IsNullOrWhiteSpace(location) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(location.Trim()) is not null)
            return location.Trim();
        var standard = Latest(observances, daylight: false);
        if (standard is null) return null;
        var daylightPart = Latest(observances, daylight: true);
        var candidates = DateTimeZoneProviders.Tzdb.Ids
            .OrderByDescending(id => tzid.Contains(id.Split('/')[^1].Replace('_', ' '), StringComparison.OrdinalIgnoreCase))
            .ThenBy(id => id.StartsWith("Etc/", StringComparison.Ordinal))
            .ThenBy(id => id, StringComparer.Ordinal);
        return candidates.FirstOrDefault(id => Matches(DateTimeZoneProviders.Tzdb[id], standard, daylightPart, year));
    }

    private static Observance? Latest(IReadOnlyList<Observance> observances, bool daylight) =>
        observances.Where(o => o.Daylight == daylight).OrderBy(o => o.Start, StringComparer.Ordinal).LastOrDefault();

    private static bool Matches(DateTimeZone zone, Observance standard, Observance? daylight, int year)
    {
        var std = Offset.FromTimeSpan(standard.OffsetTo);
        if (daylight is null)
            return Enumerable.Range(1, 12).All(m => zone.GetUtcOffset(Instant.FromUtc(year, m, 15, 12, 0)) == std);
        var dst = Offset.FromTimeSpan(daylight.OffsetTo);
        var (toDst, toStd) = (daylight.Month, standard.Month);
        for (var month = 1; month <= 12; month++)
        {
            var first = zone.GetUtcOffset(Instant.FromUtc(year, month, 1, 0, 0));
            var last = zone.GetUtcOffset(Instant.FromUtc(year, month, DateTime.DaysInMonth(year, month), 23, 59));
            if (month == toDst) { if (first != std || last != dst) return false; }
            else if (month == toStd) { if (first != dst || last != std) return false; }
            else
            {
                var inDaylight = toDst < toStd ? month > toDst && month < toStd : month > toDst || month < toStd;
                var expected = inDaylight ? dst : std;
                if (first != expected || last != expected) return false;
            }
        }
        return true;
    }
}
