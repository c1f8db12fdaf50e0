using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Modules.Calendars.Google;

/// <summary>Writing bookings as events (idempotent by a client-chosen id) and push channels (events.watch, channels.stop).</summary>
public sealed partial class GoogleCalendarProvider
{
    /// <summary>Google's default lifetime of an events.watch channel, when the answer carries no expiration.</summary>
    private static readonly TimeSpan DefaultChannelLifetime = TimeSpan.FromDays(7);

    public async Task<string> UpsertEventAsync(string accessToken, string calendarId, CalendarEventSpec spec, string? externalId,
        CancellationToken cancellationToken)
    {
        var events = $"calendars/{Escape(calendarId)}/events";
        if (externalId is not null)
        {
            var (status, body) = await SendAsync(HttpMethod.Patch, $"{events}/{Escape(externalId)}?sendUpdates=none", accessToken,
                EventBody(spec, null), "events.patch", cancellationToken, HttpStatusCode.NotFound, HttpStatusCode.Gone);
            if (status is not (HttpStatusCode.NotFound or HttpStatusCode.Gone)) return Str(body, "id") ?? externalId;
        }
        var id = GoogleEventId.For(spec.Key);
        var (insertStatus, inserted) = await SendAsync(HttpMethod.Post, $"{events}?sendUpdates=none", accessToken,
            EventBody(spec, id), "events.insert", cancellationToken, HttpStatusCode.Conflict);
        if (insertStatus != HttpStatusCode.Conflict) return Str(inserted, "id") ?? id;
        // The id is taken: an earlier attempt created the event and its answer was lost. Bring that event up to date.
        var (_, patched) = await SendAsync(HttpMethod.Patch, $"{events}/{id}?sendUpdates=none", accessToken, EventBody(spec, null),
            "events.patch", cancellationToken);
        return Str(patched, "id") ?? id;
    }

    public async Task DeleteEventAsync(string accessToken, string calendarId, string externalId, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Delete, $"calendars/{Escape(calendarId)}/events/{Escape(externalId)}?sendUpdates=none", accessToken,
            null, "events.delete", cancellationToken, HttpStatusCode.NotFound, HttpStatusCode.Gone);

    public async Task<PushChannel?> WatchAsync(string accessToken, string calendarId, Uri notificationUrl, string clientState,
        CancellationToken cancellationToken)
    {
        var channelId = Guid.NewGuid().ToString();
        var request = new JsonObject
        {
            ["id"] = channelId,
            ["type"] = "web_hook",
            ["address"] = notificationUrl.AbsoluteUri,
            ["token"] = clientState,
        };
        var (_, channel) = await SendAsync(HttpMethod.Post, $"calendars/{Escape(calendarId)}/events/watch", accessToken, request,
            "events.watch", cancellationToken);
        return new PushChannel(Str(channel, "id") ?? channelId, Str(channel, "resourceId"), Expiration(channel));
    }

    public async Task StopWatchAsync(string accessToken, PushChannel channel, CancellationToken cancellationToken)
    {
        var request = new JsonObject { ["id"] = channel.Id, ["resourceId"] = channel.ResourceId };
        await SendAsync(HttpMethod.Post, "channels/stop", accessToken, request, "channels.stop", cancellationToken,
            HttpStatusCode.NotFound);
    }

    /// <summary>
    /// The event for a booking. <c>status: confirmed</c> brings back an event someone deleted by hand; the video link
    /// goes in the description too, since many clients show the location only as text.
    /// </summary>
    private static JsonObject EventBody(CalendarEventSpec spec, string? id)
    {
        var description = spec.VideoUrl is { Length: > 0 } video && !spec.Description.Contains(video, StringComparison.Ordinal)
            ? $"{spec.Description}\n\n{video}".Trim()
            : spec.Description;
        var attendees = new JsonArray();
        if (!string.IsNullOrWhiteSpace(spec.AttendeeEmail))
        {
            var attendee = new JsonObject { ["email"] = spec.AttendeeEmail };
            if (!string.IsNullOrWhiteSpace(spec.AttendeeName)) attendee["displayName"] = spec.AttendeeName;
            attendees.Add(attendee);
        }
        var body = new JsonObject();
        if (id is not null) body["id"] = id;
        body["status"] = "confirmed";
        body["summary"] = spec.Title;
        body["description"] = description;
        body["location"] = spec.Location ?? spec.VideoUrl;
        body["start"] = Moment(spec.StartsAt, spec.TimeZone);
        body["end"] = Moment(spec.EndsAt, spec.TimeZone);
        body["attendees"] = attendees;
        return body;
    }

    private static JsonObject Moment(DateTimeOffset instant, string timeZone) => new()
    {
        ["dateTime"] = Rfc3339(instant),
        ["timeZone"] = timeZone,
    };

    /// <summary>The channel's <c>expiration</c>: milliseconds since the epoch, which Google sends as a string.</summary>
    private DateTimeOffset Expiration(JsonElement channel)
    {
        if (channel.ValueKind == JsonValueKind.Object && channel.TryGetProperty("expiration", out var value))
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
                return DateTimeOffset.FromUnixTimeMilliseconds(number);
            if (value.ValueKind == JsonValueKind.String
                && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var text))
                return DateTimeOffset.FromUnixTimeMilliseconds(text);
        }
        return _clock.GetUtcNow() + DefaultChannelLifetime;
    }
}
