using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.IntegrationTests.Fakes;

/// <summary>
/// The Calendar API v3 methods the platform calls: calendarList.list, events.list (paged, singleEvents, sync tokens),
/// events.insert, events.patch, events.delete, events.watch and channels.stop, with the checks Google makes.
/// </summary>
public sealed partial class GoogleCalendarFake
{
    private static readonly string[] NotWithSyncToken = ["timeMin", "timeMax", "updatedMin", "orderBy", "q", "iCalUID"];

    private Reply ListCalendars(ApiCall call)
    {
        var calendars = call.Account.Calendars.Values.OrderByDescending(c => c.Primary).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var size = PageSizeFor(call.Query("maxResults"), 100, 250);
        var offset = int.TryParse(call.Query("pageToken"), CultureInfo.InvariantCulture, out var start) ? start : 0;
        var items = new JsonArray();
        foreach (var calendar in calendars.Skip(offset).Take(size))
        {
            var item = new JsonObject
            {
                ["kind"] = "calendar#calendarListEntry",
                ["id"] = calendar.Id,
                ["summary"] = calendar.Summary,
                ["timeZone"] = calendar.TimeZone,
                ["accessRole"] = calendar.AccessRole,
            };
            if (calendar.Primary) item["primary"] = true;
            items.Add(item);
        }
        var body = new JsonObject { ["kind"] = "calendar#calendarList", ["items"] = items };
        if (offset + size < calendars.Count) body["nextPageToken"] = (offset + size).ToString(CultureInfo.InvariantCulture);
        return Reply.Ok(body);
    }

    private Reply ListEvents(ApiCall call)
    {
        if (CalendarOf(call.Account, call.Route("calendarId")) is not { } calendar) return NotFound();
        if (call.Query("pageToken") is { } pageToken)
        {
            if (!_pages.Remove(pageToken, out var pending) || pending.Calendar != calendar)
                return Error(410, "fullSyncRequired", "Sync token is no longer valid, a full sync is required.");
            return Page(calendar, pending);
        }
        var singleEvents = call.Query("singleEvents") == "true";
        var syncToken = call.Query("syncToken");
        SyncState window;
        if (syncToken is not null)
        {
            if (NotWithSyncToken.FirstOrDefault(p => call.Query(p) is not null) is { } conflicting)
                return Error(400, "invalid", $"The {conflicting} parameter is not allowed with a syncToken.");
            if (!_syncTokens.TryGetValue(syncToken, out var state) || state.Calendar != calendar)
                return Error(410, "fullSyncRequired", "Sync token is no longer valid, a full sync is required.");
            window = state;
        }
        else
        {
            if (!TryTime(call.Query("timeMin"), out var min) || !TryTime(call.Query("timeMax"), out var max))
                return Error(400, "badRequest", "Bad Request");
            window = new SyncState(calendar, 0, min, max);
        }
        // Deleted events always come with a sync token, however showDeleted is set.
        var showDeleted = syncToken is not null || call.Query("showDeleted") == "true";
        var items = calendar.Events.Values.Where(e => e.Sequence > window.Sequence).OrderBy(e => e.Sequence)
            .SelectMany(e => Render(call.Account, e, singleEvents, window, showDeleted, incremental: syncToken is not null)).ToList();
        var nextSyncToken = "CP" + Random(24);
        _syncTokens[nextSyncToken] = window with { Sequence = _sequence };
        return Page(calendar, new PendingPage(calendar, items, nextSyncToken, PageSizeFor(call.Query("maxResults"), 250, 2500)));
    }

    private Reply Page(Calendar calendar, PendingPage pending)
    {
        var body = new JsonObject
        {
            ["kind"] = "calendar#events",
            ["summary"] = calendar.Summary,
            ["timeZone"] = calendar.TimeZone,
            ["accessRole"] = calendar.AccessRole,
            ["items"] = new JsonArray([.. pending.Items.Take(pending.PageSize)]),
        };
        if (pending.Items.Count > pending.PageSize)
        {
            var pageToken = "EjQK" + Random(24);
            _pages[pageToken] = pending with { Items = pending.Items[pending.PageSize..] };
            body["nextPageToken"] = pageToken;
        }
        else
        {
            body["nextSyncToken"] = pending.SyncToken;
        }
        return Reply.Ok(body);
    }

    private Reply InsertEvent(ApiCall call)
    {
        if (CalendarOf(call.Account, call.Route("calendarId")) is not { } calendar) return NotFound();
        if (!calendar.Writable) return Error(403, "requiredAccessLevel", "You need to have writer access to this calendar.");
        if (SendUpdatesError(call) is { } refused) return refused;
        var id = call.Field("id");
        if (id is not null && !ValidEventId().IsMatch(id)) return Error(400, "invalid", "Invalid resource id value.");
        id ??= NewEventId();
        if (calendar.Events.ContainsKey(id)) return Error(409, "duplicate", "The requested identifier already exists.");
        var stored = new StoredEvent(id);
        if (Apply(stored, call) is { } invalid) return invalid;
        if (call.Body?["start"] is null) return Error(400, "required", "Missing start time.");
        if (call.Body?["end"] is null) return Error(400, "required", "Missing end time.");
        if (stored.End <= stored.Start) return Error(400, "timeRangeEmpty", "The specified time range is empty.");
        Store(calendar, stored);
        return Reply.Ok(EventJson(call.Account, stored, stored.Id, stored.Start, stored.End, null));
    }

    private Reply PatchEvent(ApiCall call)
    {
        if (CalendarOf(call.Account, call.Route("calendarId")) is not { } calendar) return NotFound();
        if (!calendar.Writable) return Error(403, "requiredAccessLevel", "You need to have writer access to this calendar.");
        if (SendUpdatesError(call) is { } refused) return refused;
        if (!calendar.Events.TryGetValue(call.Route("eventId"), out var stored)) return NotFound();
        var before = (stored.Start, stored.End);
        if (Apply(stored, call) is { } invalid) return invalid;
        if (stored.End <= stored.Start)
        {
            (stored.Start, stored.End) = before;
            return Error(400, "timeRangeEmpty", "The specified time range is empty.");
        }
        Touch(stored, _ => { });
        return Reply.Ok(EventJson(call.Account, stored, stored.Id, stored.Start, stored.End, null));
    }

    private Reply DeleteEvent(ApiCall call)
    {
        if (CalendarOf(call.Account, call.Route("calendarId")) is not { } calendar) return NotFound();
        if (!calendar.Writable) return Error(403, "requiredAccessLevel", "You need to have writer access to this calendar.");
        if (!calendar.Events.TryGetValue(call.Route("eventId"), out var stored)) return NotFound();
        if (stored.Status == "cancelled") return Error(410, "deleted", "Resource has been deleted");
        Touch(stored, e => e.Status = "cancelled");
        return Reply.NoContent;
    }

    private Reply Watch(ApiCall call)
    {
        if (CalendarOf(call.Account, call.Route("calendarId")) is not { } calendar) return NotFound();
        if (call.Field("id") is not { Length: > 0 } id) return Error(400, "required", "Required");
        if (call.Field("type") is not ("web_hook" or "webhook")) return Error(400, "invalid", "Invalid value for: type");
        var address = call.Field("address");
        if (address is null || !address.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return Error(400, "push.webhookUrlNotHttps", $"WebHook callback must be HTTPS: {address}");
        if (_channels.ContainsKey(id)) return Error(400, "channelIdNotUnique", $"Channel id {id} not unique");
        var ttl = call.Body?["params"]?["ttl"] is JsonValue value
            && long.TryParse(value.ToString(), CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromDays(7);
        var channel = new Channel(id, "res_" + Random(20), call.Account.Email, calendar.Id, address, Now + ttl);
        _channels[id] = channel;
        var body = new JsonObject
        {
            ["kind"] = "api#channel",
            ["id"] = id,
            ["resourceId"] = channel.ResourceId,
            ["resourceUri"] = $"https://www.googleapis.com/calendar/v3/calendars/{Uri.EscapeDataString(calendar.Id)}/events?alt=json",
            ["expiration"] = channel.Expiration.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        if (call.Field("token") is { } token) body["token"] = token;
        return Reply.Ok(body);
    }

    private Reply StopChannel(ApiCall call)
    {
        var id = call.Field("id") ?? "";
        if (!_channels.TryGetValue(id, out var channel) || channel.ResourceId != call.Field("resourceId")
            || !channel.Email.Equals(call.Account.Email, StringComparison.OrdinalIgnoreCase))
            return Error(404, "notFound", $"Channel '{id}' not found for project '000000000000'");
        _channels.Remove(id);
        return Reply.NoContent;
    }

    private static Reply? SendUpdatesError(ApiCall call) =>
        call.Query("sendUpdates") is null or "all" or "externalOnly" or "none"
            ? null
            : Error(400, "invalid", "Invalid value for: sendUpdates");

    private int PageSizeFor(string? maxResults, int standard, int largest)
    {
        var asked = int.TryParse(maxResults, CultureInfo.InvariantCulture, out var n) && n > 0 ? Math.Min(n, largest) : standard;
        return PageSize is { } cap ? Math.Min(asked, cap) : asked;
    }

    private static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (text is null) return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        time = parsed;
        return true;
    }

    /// <summary>Google's rule for client-chosen ids: base32hex characters (a-v, 0-9), 5 to 1024 of them.</summary>
    [GeneratedRegex("^[a-v0-9]{5,1024}$")]
    private static partial Regex ValidEventId();
}
