using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.IntegrationTests.Fakes;

public sealed partial class MicrosoftGraphFake
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Delta (<c>$deltatoken</c>) and page (<c>$skiptoken</c>) states; <see cref="ExpireDeltaTokens"/> forgets them.</summary>
    private readonly Dictionary<string, DeltaState> _deltaStates = new(StringComparer.Ordinal);

    private void MapCalendarView(RouteGroupBuilder graph)
    {
        graph.MapGet("/me", (HttpContext http) =>
        {
            var mailbox = Caller(http);
            return Json(new JsonObject
            {
                ["id"] = mailbox.Email.GetHashCode(StringComparison.OrdinalIgnoreCase).ToString("x8", Invariant),
                ["displayName"] = mailbox.Email.Split('@')[0],
                ["mail"] = mailbox.Email,
                ["userPrincipalName"] = mailbox.Email,
            });
        });
        graph.MapGet("/me/calendars", (HttpContext http) =>
        {
            lock (_gate)
            {
                return Json(new JsonObject
                {
                    ["value"] = new JsonArray([.. Caller(http).Calendars.Select(calendar => (JsonNode)new JsonObject
                    {
                        ["id"] = calendar.Id,
                        ["name"] = calendar.Name,
                        ["isDefaultCalendar"] = calendar.IsDefault,
                        ["canEdit"] = calendar.CanEdit,
                    })]),
                });
            }
        });
        // The SDK calls functions with parentheses (delta()); people and docs without.
        graph.MapGet("/me/calendars/{calendarId}/calendarView/delta", (HttpContext http, string calendarId) => Delta(http, calendarId));
        graph.MapGet("/me/calendars/{calendarId}/calendarView/delta()", (HttpContext http, string calendarId) => Delta(http, calendarId));
    }

    private IResult Delta(HttpContext http, string calendarId)
    {
        var query = http.Request.Query;
        var zone = PreferredZone(http.Request);
        lock (_gate)
        {
            var mailbox = Caller(http);
            if (mailbox.Calendars.All(calendar => calendar.Id != calendarId))
                return GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
            var token = query["$skiptoken"].ToString() is { Length: > 0 } skip ? skip : query["$deltatoken"].ToString();
            DeltaState state;
            if (token.Length > 0)
            {
                if (!_deltaStates.TryGetValue(token, out var known) || known.Email != mailbox.Email || known.CalendarId != calendarId)
                    return GraphError(410, "SyncStateNotFound", "The sync state generation is not found.");
                state = known.Pending is null ? Changes(mailbox, known, zone) : known;
            }
            else
            {
                if (!DateTimeOffset.TryParse(query["startDateTime"], Invariant, DateTimeStyles.AssumeUniversal, out var from)
                    || !DateTimeOffset.TryParse(query["endDateTime"], Invariant, DateTimeStyles.AssumeUniversal, out var to))
                    return GraphError(400, "ErrorInvalidParameter", "This request requires startDateTime and endDateTime.");
                state = Changes(mailbox, new DeltaState(mailbox.Email, calendarId, from, to, [], null), zone);
            }

            var page = state.Pending!.Take(PageSize).ToList();
            var rest = state.Pending!.Skip(PageSize).ToList();
            var link = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}";
            var body = new JsonObject
            {
                ["@odata.context"] = $"{link}/$metadata#Collection(event)",
                ["value"] = new JsonArray([.. page.Select(item => item.DeepClone())]),
            };
            var next = NewId("t");
            if (rest.Count > 0)
            {
                _deltaStates[next] = state with { Pending = rest };
                body["@odata.nextLink"] = $"{link}?$skiptoken={next}";
            }
            else
            {
                _deltaStates[next] = state with { Pending = null };
                body["@odata.deltaLink"] = $"{link}?$deltatoken={next}";
            }
            return Json(body);
        }
    }

    /// <summary>
    /// What changed since <paramref name="since"/> in its window: occurrences new or modified since, and
    /// <c>@removed</c> for those delivered before that are gone (deleted, cancelled series instances, moved out).
    /// </summary>
    private DeltaState Changes(Mailbox mailbox, DeltaState since, TimeZoneInfo zone)
    {
        var current = mailbox.Events.Values
            .Where(stored => !stored.Deleted && stored.CalendarId == since.CalendarId)
            .SelectMany(stored => Occurrences(stored, since.From, since.To))
            .ToList();
        var items = current
            .Where(occurrence => !since.Delivered.TryGetValue(occurrence.Id, out var sequence) || sequence != occurrence.Event.Sequence)
            .Select(occurrence => (JsonNode)OccurrenceJson(occurrence, zone))
            .ToList();
        var ids = current.Select(occurrence => occurrence.Id).ToHashSet();
        items.AddRange(since.Delivered.Keys.Where(id => !ids.Contains(id)).Select(id => (JsonNode)new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.event",
            ["id"] = id,
            ["@removed"] = new JsonObject { ["reason"] = "deleted" },
        }));
        var delivered = current.ToDictionary(occurrence => occurrence.Id, occurrence => occurrence.Event.Sequence);
        return since with { Delivered = delivered, Pending = items };
    }

    /// <summary>
    /// A one-off event, or a weekly series expanded to its occurrences at the same local time in the series' zone
    /// (so a DST change moves the UTC time, as Outlook does), within [from, to).
    /// </summary>
    private static IEnumerable<Occurrence> Occurrences(StoredEvent stored, DateTimeOffset from, DateTimeOffset to)
    {
        var start = ParseTime(stored.Json["start"]!);
        var end = ParseTime(stored.Json["end"]!);
        if (stored.Json["recurrence"] is not JsonObject recurrence)
        {
            if (start < to && end > from) yield return new Occurrence(stored.Id, stored, start, end, "singleInstance");
            yield break;
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(stored.Json["start"]!["timeZone"]!.GetValue<string>());
        var localStart = DateTime.Parse(stored.Json["start"]!["dateTime"]!.GetValue<string>(), Invariant);
        var duration = end - start;
        var days = recurrence["pattern"]!["daysOfWeek"]!.AsArray().Select(day => day!.GetValue<string>()).ToHashSet();
        var first = DateOnly.Parse(recurrence["range"]!["startDate"]!.GetValue<string>(), Invariant);
        var last = DateOnly.Parse(recurrence["range"]!["endDate"]!.GetValue<string>(), Invariant);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (!days.Contains(day.DayOfWeek.ToString().ToLowerInvariant())) continue;
            var local = day.ToDateTime(TimeOnly.FromDateTime(localStart), DateTimeKind.Unspecified);
            if (zone.IsInvalidTime(local)) continue;
            var occurrenceStart = new DateTimeOffset(local, zone.GetUtcOffset(local));
            if (occurrenceStart >= to) yield break;
            if (occurrenceStart + duration > from)
            {
                yield return new Occurrence(
                    $"{stored.Id}_{day:yyyyMMdd}", stored, occurrenceStart, occurrenceStart + duration, "occurrence");
            }
        }
    }

    private static JsonObject OccurrenceJson(Occurrence occurrence, TimeZoneInfo zone)
    {
        var json = (JsonObject)occurrence.Event.Json.DeepClone();
        json.Remove("recurrence");
        json["@odata.type"] = "#microsoft.graph.event";
        json["id"] = occurrence.Id;
        json["type"] = occurrence.Type;
        if (occurrence.Type == "occurrence") json["seriesMasterId"] = occurrence.Event.Id;
        json["start"] = TimeJson(TimeZoneInfo.ConvertTime(occurrence.Start, zone).DateTime, zone.Id);
        json["end"] = TimeJson(TimeZoneInfo.ConvertTime(occurrence.End, zone).DateTime, zone.Id);
        return json;
    }

    /// <summary>The zone of <c>Prefer: outlook.timezone="…"</c>; UTC without one, as Graph answers.</summary>
    private static TimeZoneInfo PreferredZone(HttpRequest request)
    {
        foreach (var preference in request.Headers["Prefer"].SelectMany(value => value!.Split(',')))
        {
            var parts = preference.Split('=', 2);
            if (parts.Length == 2 && parts[0].Trim() == "outlook.timezone"
                && TimeZoneInfo.TryFindSystemTimeZoneById(parts[1].Trim().Trim('"'), out var zone))
                return zone;
        }
        return TimeZoneInfo.Utc;
    }

    private static JsonObject TimeJson(DateTime local, string zone) => new()
    {
        ["dateTime"] = local.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", Invariant),
        ["timeZone"] = zone,
    };

    /// <summary>A Graph dateTimeTimeZone as an instant; null when it does not parse or names an unknown zone.</summary>
    private static DateTimeOffset? TryParseTime(JsonNode? node)
    {
        if (node?["dateTime"]?.GetValue<string>() is not { } text || node["timeZone"]?.GetValue<string>() is not { } zoneName
            || !DateTime.TryParse(text, Invariant, DateTimeStyles.None, out var local)
            || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out var zone))
            return null;
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateTimeOffset ParseTime(JsonNode node) => TryParseTime(node) ?? throw new FormatException("Not a Graph time.");

    private sealed record Occurrence(string Id, StoredEvent Event, DateTimeOffset Start, DateTimeOffset End, string Type);

    /// <summary>What a token stands for: the window, what was delivered (occurrence id → event version), pages not yet sent.</summary>
    private sealed record DeltaState(
        string Email,
        string CalendarId,
        DateTimeOffset From,
        DateTimeOffset To,
        Dictionary<string, long> Delivered,
        List<JsonNode>? Pending);
}
