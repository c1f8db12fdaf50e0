using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.IntegrationTests.Fakes;

/// <summary>
/// Events as JSON: reading request bodies, writing Event resources, and expanding recurring events into their
/// occurrences for <c>singleEvents=true</c> (ids <c>eventId_20261205T090000Z</c>, as Google names instances).
/// </summary>
public sealed partial class GoogleCalendarFake
{
    private static readonly string[] Statuses = ["confirmed", "tentative", "cancelled"];

    /// <summary>Applies the fields a body carries (insert or patch); fields it leaves out stay as they are.</summary>
    private static Reply? Apply(StoredEvent stored, ApiCall call)
    {
        var body = call.Body ?? [];
        if (body.ContainsKey("summary")) stored.Summary = call.Field("summary");
        if (body.ContainsKey("description")) stored.Description = call.Field("description");
        if (body.ContainsKey("location")) stored.Location = call.Field("location");
        if (body.ContainsKey("transparency")) stored.Transparency = call.Field("transparency");
        if (call.Field("status") is { } status)
        {
            if (!Statuses.Contains(status)) return Error(400, "invalid", "Invalid value for: status");
            stored.Status = status;
        }
        foreach (var (name, isStart) in new[] { ("start", true), ("end", false) })
        {
            if (body[name] is not JsonObject moment) continue;
            if (!TryMoment(moment, out var instant, out var date, out var zone)) return Error(400, "invalid", $"Invalid {name} time.");
            if (isStart) (stored.Start, stored.AllDayStart) = (instant, date);
            else (stored.End, stored.AllDayEnd) = (instant, date);
            stored.TimeZone = zone ?? stored.TimeZone;
        }
        if (body["attendees"] is JsonArray attendees)
        {
            stored.Attendees.Clear();
            foreach (var attendee in attendees.OfType<JsonObject>())
            {
                if (attendee["email"]?.GetValue<string>() is not { Length: > 0 } email || !email.Contains('@', StringComparison.Ordinal))
                    return Error(400, "invalid", "Invalid attendee email.");
                stored.Attendees.Add(new Attendee(email, attendee["displayName"]?.GetValue<string>(),
                    attendee["responseStatus"]?.GetValue<string>() ?? "needsAction"));
            }
        }
        if (body["recurrence"] is JsonArray rules)
            stored.Recurrence = rules.Select(r => r?.GetValue<string>())
                .FirstOrDefault(r => r?.StartsWith("RRULE:", StringComparison.Ordinal) == true);
        return null;
    }

    /// <summary>
    /// A start or end: <c>dateTime</c> (RFC 3339; without an offset it is local time in <c>timeZone</c>, which is then
    /// required) or <c>date</c> for all-day events (midnight in the zone, or UTC).
    /// </summary>
    private static bool TryMoment(JsonObject moment, out DateTimeOffset instant, out DateOnly? date, out string? zone)
    {
        (instant, date, zone) = (default, null, moment["timeZone"]?.GetValue<string>());
        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)) return false;
        if (moment["dateTime"]?.GetValue<string>() is { } text)
        {
            if (HasOffset().IsMatch(text))
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
            if (zone is null || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
            instant = Instant(local, Zone(zone));
            return true;
        }
        if (moment["date"]?.GetValue<string>() is not { } day
            || !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        date = parsed;
        instant = Instant(parsed.ToDateTime(TimeOnly.MinValue), Zone(zone));
        return true;
    }

    /// <summary>An event as events.list shows it: one item, its occurrences, or (in an incremental sync) a tombstone.</summary>
    private IEnumerable<JsonObject> Render(Account account, StoredEvent stored, bool singleEvents, SyncState window, bool showDeleted,
        bool incremental)
    {
        var cancelled = stored.Status == "cancelled";
        if (cancelled && !showDeleted) yield break;
        if (stored.Recurrence is null || !singleEvents)
        {
            if (cancelled && incremental) yield return Tombstone(stored.Id, null);
            else if (stored.Recurrence is not null || Overlaps(stored.Start, stored.End, window))
                yield return EventJson(account, stored, stored.Id, stored.Start, stored.End, null);
            yield break;
        }
        foreach (var (start, end) in Occurrences(stored, window.Min ?? Now.AddDays(-30), window.Max ?? Now.AddDays(365)))
        {
            var id = $"{stored.Id}_{start.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";
            yield return cancelled ? Tombstone(id, stored.Id) : EventJson(account, stored, id, start, end, stored.Id);
        }
    }

    private static bool Overlaps(DateTimeOffset start, DateTimeOffset end, SyncState window) =>
        (window.Min is null || end > window.Min) && (window.Max is null || start < window.Max);

    private static JsonObject Tombstone(string id, string? recurringEventId)
    {
        var item = new JsonObject { ["kind"] = "calendar#event", ["id"] = id, ["status"] = "cancelled" };
        if (recurringEventId is not null) item["recurringEventId"] = recurringEventId;
        return item;
    }

    private static JsonObject EventJson(Account account, StoredEvent stored, string id, DateTimeOffset start, DateTimeOffset end,
        string? recurringEventId)
    {
        var item = new JsonObject
        {
            ["kind"] = "calendar#event",
            ["id"] = id,
            ["status"] = stored.Status,
            ["iCalUID"] = $"{stored.Id}@google.com",
            ["summary"] = stored.Summary,
            ["start"] = MomentJson(stored, start, stored.AllDayStart),
            ["end"] = MomentJson(stored, end, stored.AllDayEnd),
        };
        if (stored.Description is not null) item["description"] = stored.Description;
        if (stored.Location is not null) item["location"] = stored.Location;
        if (stored.Transparency is not null) item["transparency"] = stored.Transparency;
        if (recurringEventId is not null)
        {
            item["recurringEventId"] = recurringEventId;
            item["originalStartTime"] = MomentJson(stored, start, null);
        }
        else if (stored.Recurrence is not null)
        {
            item["recurrence"] = new JsonArray(stored.Recurrence);
        }
        if (stored.Attendees.Count > 0)
            item["attendees"] = new JsonArray([.. stored.Attendees.Select(a => AttendeeJson(a, account.Email))]);
        return item;
    }

    private static JsonObject AttendeeJson(Attendee attendee, string accountEmail)
    {
        var item = new JsonObject { ["email"] = attendee.Email, ["responseStatus"] = attendee.ResponseStatus };
        if (attendee.DisplayName is not null) item["displayName"] = attendee.DisplayName;
        if (attendee.Email.Equals(accountEmail, StringComparison.OrdinalIgnoreCase)) item["self"] = true;
        return item;
    }

    private static JsonObject MomentJson(StoredEvent stored, DateTimeOffset instant, DateOnly? date)
    {
        if (date is { } day) return new JsonObject { ["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var local = TimeZoneInfo.ConvertTime(instant, Zone(stored.TimeZone));
        var moment = new JsonObject { ["dateTime"] = local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) };
        if (stored.TimeZone is not null) moment["timeZone"] = stored.TimeZone;
        return moment;
    }

    /// <summary>
    /// The occurrences of <c>RRULE:FREQ=WEEKLY</c> (BYDAY, INTERVAL, COUNT, UNTIL; weeks start on Monday) that overlap
    /// [from, to): the start's wall-clock time on each day, in the event's zone, so a DST change keeps the local time.
    /// </summary>
    private static IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Occurrences(
        StoredEvent stored, DateTimeOffset from, DateTimeOffset to)
    {
        var rule = stored.Recurrence!["RRULE:".Length..].Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[^1]);
        if (rule.GetValueOrDefault("FREQ") != "WEEKLY")
            throw new NotSupportedException($"The fake expands only weekly rules: {stored.Recurrence}");
        var zone = Zone(stored.TimeZone);
        var first = TimeZoneInfo.ConvertTime(stored.Start, zone).DateTime;
        var duration = stored.End - stored.Start;
        var days = rule.TryGetValue("BYDAY", out var byDay) ? byDay.Split(',').Select(Weekday).ToHashSet() : [first.DayOfWeek];
        var interval = rule.TryGetValue("INTERVAL", out var every) ? int.Parse(every, CultureInfo.InvariantCulture) : 1;
        int? count = rule.TryGetValue("COUNT", out var times) ? int.Parse(times, CultureInfo.InvariantCulture) : null;
        DateTimeOffset? until = rule.TryGetValue("UNTIL", out var last) ? ParseUntil(last) : null;
        var produced = 0;
        for (var week = first.Date.AddDays(-(((int)first.DayOfWeek + 6) % 7)); ; week = week.AddDays(7 * interval))
        {
            for (var offset = 0; offset < 7; offset++)
            {
                var day = week.AddDays(offset);
                if (!days.Contains(day.DayOfWeek) || day < first.Date) continue;
                var start = Instant(day + first.TimeOfDay, zone);
                if (start >= to || (until is not null && start > until) || (count is not null && produced >= count)) yield break;
                produced++;
                if (start + duration > from) yield return (start, start + duration);
            }
        }
    }

    private static DayOfWeek Weekday(string code) => code[^2..] switch
    {
        "MO" => DayOfWeek.Monday,
        "TU" => DayOfWeek.Tuesday,
        "WE" => DayOfWeek.Wednesday,
        "TH" => DayOfWeek.Thursday,
        "FR" => DayOfWeek.Friday,
        "SA" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static DateTimeOffset ParseUntil(string text) =>
        DateTimeOffset.ParseExact(text, ["yyyyMMdd'T'HHmmss'Z'", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [GeneratedRegex(@"(Z|[+-]\d\d:\d\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
