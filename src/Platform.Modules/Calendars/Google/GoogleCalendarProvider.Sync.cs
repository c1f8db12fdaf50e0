using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Platform.Modules.Calendars.Google;

/// <summary>
/// The account's calendars and its busy times: events.list with singleEvents (recurring events come as occurrences) and
/// showDeleted (cancellations arrive in incremental syncs), per https://developers.google.com/workspace/calendar/api/guides/sync.
/// </summary>
public sealed partial class GoogleCalendarProvider
{
    /// <summary>The largest page events.list serves.</summary>
    private const int EventsPageSize = 2500;

    public async Task<CalendarAccount> GetAccountAsync(string accessToken, CancellationToken cancellationToken)
    {
        var calendars = new List<ExternalCalendar>();
        string? pageToken = null;
        do
        {
            var path = "users/me/calendarList?maxResults=250" + (pageToken is null ? "" : "&pageToken=" + Escape(pageToken));
            var (_, body) = await SendAsync(HttpMethod.Get, path, accessToken, null, "calendarList.list", cancellationToken);
            foreach (var item in Items(body))
            {
                if (Str(item, "id") is not { } id) continue;
                var name = Str(item, "summaryOverride") ?? Str(item, "summary") ?? id;
                var canWrite = Str(item, "accessRole") is "owner" or "writer";
                calendars.Add(new ExternalCalendar(id, name, Flag(item, "primary"), canWrite, Str(item, "timeZone")));
            }
            pageToken = Str(body, "nextPageToken");
        }
        while (pageToken is not null);
        // A Google account's primary calendar is named by the account's address.
        var email = RememberedEmail(accessToken) ?? calendars.FirstOrDefault(c => c.Primary)?.Id
            ?? throw new CalendarException("Google listed no primary calendar for the account");
        return new CalendarAccount(email, calendars);
    }

    public async Task<BusySync> SyncBusyAsync(string accessToken, string calendarId, string? syncToken, DateTimeOffset windowStart,
        DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        var query = $"calendars/{Escape(calendarId)}/events?singleEvents=true&showDeleted=true&maxResults={EventsPageSize}";
        // Google refuses timeMin/timeMax together with a sync token; the token remembers the first request's window.
        query += syncToken is null
            ? $"&timeMin={Escape(Rfc3339(windowStart))}&timeMax={Escape(Rfc3339(windowEnd))}"
            : $"&syncToken={Escape(syncToken)}";
        var busy = new List<ExternalBusy>();
        var removed = new List<string>();
        string? pageToken = null, nextSyncToken = null;
        do
        {
            var path = pageToken is null ? query : $"{query}&pageToken={Escape(pageToken)}";
            var (status, body) = await SendAsync(HttpMethod.Get, path, accessToken, null, "events.list", cancellationToken,
                HttpStatusCode.Gone);
            if (status == HttpStatusCode.Gone)
                throw new CalendarSyncTokenExpiredException("Google no longer accepts the sync token; a full sync is required");
            var zone = Zone(Str(body, "timeZone"));
            foreach (var item in Items(body)) Classify(item, zone, busy, removed);
            pageToken = Str(body, "nextPageToken");
            nextSyncToken = Str(body, "nextSyncToken") ?? nextSyncToken;
        }
        while (pageToken is not null);
        return new BusySync(syncToken is null, busy, removed, nextSyncToken);
    }

    /// <summary>
    /// Busy: a confirmed or tentative event that shows as busy and that the account has not declined. Anything else
    /// (cancelled, free, declined) is reported removed, since it may have been busy before.
    /// </summary>
    private static void Classify(JsonElement item, TimeZoneInfo zone, List<ExternalBusy> busy, List<string> removed)
    {
        if (Str(item, "id") is not { } id) return;
        var makesBusy = Str(item, "status") is not "cancelled" && Str(item, "transparency") is not "transparent" && !DeclinedBySelf(item);
        if (makesBusy && When(item, "start", zone) is { } start && When(item, "end", zone) is { } end && end > start)
            busy.Add(new ExternalBusy(id, start, end));
        else
            removed.Add(id);
    }

    private static bool DeclinedBySelf(JsonElement item) =>
        item.TryGetProperty("attendees", out var attendees) && attendees.ValueKind == JsonValueKind.Array
        && attendees.EnumerateArray().Any(a => Flag(a, "self") && Str(a, "responseStatus") == "declined");

    /// <summary>A timed start/end as given; an all-day one (<c>date</c>, end exclusive) from midnight in the calendar's zone.</summary>
    private static DateTimeOffset? When(JsonElement item, string name, TimeZoneInfo zone)
    {
        if (!item.TryGetProperty(name, out var when) || when.ValueKind != JsonValueKind.Object) return null;
        if (Str(when, "dateTime") is { } dateTime
            && DateTimeOffset.TryParse(dateTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return instant;
        if (Str(when, "date") is { } date
            && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return StartOfDay(day, zone);
        return null;
    }

    private static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A few zones change their clocks at midnight: the day then begins when the clocks resume.
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static string Rfc3339(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
