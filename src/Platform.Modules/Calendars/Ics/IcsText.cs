using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Modules.Calendars.Ics;

/// <summary>
/// Prepares a feed's text for Ical.Net: unfolds lines, gives a VEVENT without UID a stable one (Ical.Net would invent a
/// random UID on every load, and busy ids must not change between fetches), and rewrites TZIDs Ical.Net cannot resolve to
/// the IANA zone <see cref="IcsTimeZones"/> finds for their VTIMEZONE.
/// </summary>
internal static partial class IcsText
{
    private static readonly string[] ZonedProperties = ["DTSTART", "DTEND", "DUE", "EXDATE", "RDATE", "RECURRENCE-ID"];

    public static string Prepare(string text, int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Unfold().Replace(text, string.Empty).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var zones = MapZones(lines, year);
        var output = new StringBuilder(text.Length + 256);
        var eventLines = new List<string>();
        var inEvent = false;
        foreach (var raw in lines)
        {
            var line = zones.Count > 0 ? RewriteZone(raw, zones) : raw;
            if (line.Equals("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase)) inEvent = true;
            if (!inEvent)
            {
                output.Append(line).Append("\r\n");
                continue;
            }
            if (line.Equals("END:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                if (!eventLines.Any(l => Name(l).Equals("UID", StringComparison.OrdinalIgnoreCase)))
                {
                    var digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', eventLines)));
                    eventLines.Insert(1, "UID:nouid-" + Convert.ToHexStringLower(digest)[..16]);
                }
                foreach (var kept in eventLines) output.Append(kept).Append("\r\n");
                eventLines.Clear();
                inEvent = false;
                output.Append(line).Append("\r\n");
                continue;
            }
            eventLines.Add(line);
        }
        foreach (var unterminated in eventLines) output.Append(unterminated).Append("\r\n");
        return output.ToString();
    }

    /// <summary>Each VTIMEZONE whose TZID Ical.Net does not know, mapped to an IANA id when one fits.</summary>
    private static Dictionary<string, string> MapZones(List<string> lines, int year)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? tzid = null, location = null, part = null, offset = null, start = null, month = null;
        var observances = new List<IcsTimeZones.Observance>();
        foreach (var line in lines)
        {
            var name = Name(line).ToUpperInvariant();
            var colon = ValueStart(line);
            var value = colon < line.Length ? line[(colon + 1)..] : "";
            switch (name)
            {
                case "BEGIN" when value.Equals("VTIMEZONE", StringComparison.OrdinalIgnoreCase):
                    (tzid, location) = (null, null);
                    observances.Clear();
                    break;
                case "BEGIN" when value.ToUpperInvariant() is "STANDARD" or "DAYLIGHT":
                    (part, offset, start, month) = (value.ToUpperInvariant(), null, null, null);
                    break;
                case "TZID" when part is null: tzid = value.Trim('"'); break;
                case "X-LIC-LOCATION": location = value; break;
                case "TZOFFSETTO": offset = value; break;
                case "DTSTART" when part is not null: start = value; break;
                case "RRULE" when part is not null: month = ByMonth().Match(value) is { Success: true } m ? m.Groups[1].Value : null; break;
                case "END" when value.ToUpperInvariant() is "STANDARD" or "DAYLIGHT":
                    if (Observance(part, offset, start, month) is { } observance) observances.Add(observance);
                    part = null;
                    break;
                case "END" when value.Equals("VTIMEZONE", StringComparison.OrdinalIgnoreCase):
                    if (tzid is not null && !IcsTimeZones.IsKnown(tzid)
                        && IcsTimeZones.Resolve(tzid, location, observances, year) is { } iana)
                        map[tzid] = iana;
                    break;
            }
        }
        return map;
    }

    private static IcsTimeZones.Observance? Observance(string? part, string? offset, string? start, string? byMonth)
    {
        if (offset is null || start is null || start.Length < 6) return null;
        var match = Offset().Match(offset.Trim());
        if (!match.Success) return null;
        var span = new TimeSpan(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture),
            match.Groups[4].Success ? int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) : 0);
        if (match.Groups[1].Value == "-") span = -span;
        var month = int.TryParse(byMonth ?? start[4..6], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        return month is < 1 or > 12 ? null : new IcsTimeZones.Observance(part == "DAYLIGHT", span, month, start);
    }

    private static string RewriteZone(string line, Dictionary<string, string> zones)
    {
        if (!ZonedProperties.Contains(Name(line), StringComparer.OrdinalIgnoreCase)) return line;
        var colon = ValueStart(line);
        return TzidParameter().Replace(line[..colon], m => zones.TryGetValue(m.Groups[1].Value.Trim('"'), out var iana)
            ? ";TZID=" + iana : m.Value) + line[colon..];
    }

    /// <summary>The property name: up to the first ';' or ':'.</summary>
    private static string Name(string line)
    {
        var end = line.IndexOfAny([';', ':']);
        return end < 0 ? line : line[..end];
    }

    /// <summary>Where the value starts: the first ':' outside a quoted parameter value.</summary>
    private static int ValueStart(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ':' && !quoted) return i;
        }
        return line.Length;
    }

    [GeneratedRegex(@"\r?\n[ \t]")]
    private static partial Regex Unfold();

    [GeneratedRegex(@";TZID=(""[^""]*""|[^;:]*)", RegexOptions.IgnoreCase)]
    private static partial Regex TzidParameter();

    [GeneratedRegex(@"BYMONTH=(\d{1,2})", RegexOptions.IgnoreCase)]
    private static partial Regex ByMonth();

    [GeneratedRegex(@"^([+-])(\d{2})(\d{2})(\d{2})?$")]
    private static partial Regex Offset();
}
