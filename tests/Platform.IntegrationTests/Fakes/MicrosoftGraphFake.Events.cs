using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.IntegrationTests.Fakes;

public sealed partial class MicrosoftGraphFake
{
    /// <summary>Graph's limit for Outlook event subscriptions (just under three days).</summary>
    public static readonly TimeSpan MaxSubscriptionLifetime = TimeSpan.FromMinutes(4230);

    private readonly Dictionary<string, (string Email, JsonObject Json)> _subscriptions = new(StringComparer.Ordinal);

    /// <summary>The account's live subscriptions, as Graph holds them.</summary>
    public IReadOnlyList<JsonObject> Subscriptions(string email)
    {
        lock (_gate)
        {
            return [.. _subscriptions.Values
                .Where(subscription => string.Equals(subscription.Email, email, StringComparison.OrdinalIgnoreCase))
                .Select(subscription => (JsonObject)subscription.Json.DeepClone())];
        }
    }

    private void MapEvents(RouteGroupBuilder graph)
    {
        graph.MapPost("/me/calendars/{calendarId}/events", async (HttpContext http, string calendarId) =>
        {
            if (await ReadObjectAsync(http) is not { } body) return GraphError(400, "BadRequest", "Empty Payload. JSON content expected.");
            if (EventRefusal(body) is { } refusal) return refusal;
            var zone = PreferredZone(http.Request);
            lock (_gate)
            {
                var mailbox = Caller(http);
                var calendar = mailbox.Calendars.SingleOrDefault(candidate => candidate.Id == calendarId);
                if (calendar is null) return GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
                if (!calendar.CanEdit) return GraphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
                // transactionId: a create that repeats an earlier one gets the earlier event, not a second one.
                var transactionId = body["transactionId"]?.GetValue<string>();
                var existing = transactionId is null
                    ? null
                    : mailbox.Events.Values.FirstOrDefault(stored =>
                        !stored.Deleted && stored.Json["transactionId"]?.GetValue<string>() == transactionId);
                var created = existing ?? Store(mailbox, calendarId, body);
                return Json(Render(created, zone), 201);
            }
        });
        graph.MapGet("/me/events/{eventId}", (HttpContext http, string eventId) =>
        {
            lock (_gate)
            {
                return Caller(http).Events.TryGetValue(eventId, out var stored) && !stored.Deleted
                    ? Json(Render(stored, PreferredZone(http.Request)))
                    : EventNotFound();
            }
        });
        graph.MapPatch("/me/events/{eventId}", async (HttpContext http, string eventId) =>
        {
            if (await ReadObjectAsync(http) is not { } body) return GraphError(400, "BadRequest", "Empty Payload. JSON content expected.");
            lock (_gate)
            {
                if (!Caller(http).Events.TryGetValue(eventId, out var stored) || stored.Deleted) return EventNotFound();
                var merged = (JsonObject)stored.Json.DeepClone();
                foreach (var (name, value) in body) merged[name] = value?.DeepClone();
                if (EventRefusal(merged) is { } refusal) return refusal;
                foreach (var (name, value) in body) stored.Json[name] = value?.DeepClone();
                stored.Json["lastModifiedDateTime"] = Now.UtcDateTime.ToString("O", Invariant);
                stored.Sequence = ++_sequence;
                return Json(Render(stored, PreferredZone(http.Request)));
            }
        });
        graph.MapDelete("/me/events/{eventId}", (HttpContext http, string eventId) =>
        {
            lock (_gate)
            {
                if (!Caller(http).Events.TryGetValue(eventId, out var stored) || stored.Deleted) return EventNotFound();
                stored.Deleted = true;
                stored.Sequence = ++_sequence;
                return Results.NoContent();
            }
        });
    }

    private void MapSubscriptions(RouteGroupBuilder graph)
    {
        graph.MapPost("/subscriptions", async (HttpContext http) =>
        {
            if (await ReadObjectAsync(http) is not { } body) return GraphError(400, "BadRequest", "Empty Payload. JSON content expected.");
            var changeTypes = body["changeType"]?.GetValue<string>()?.Split(',') ?? [];
            if (changeTypes.Length == 0 || changeTypes.Any(type => type is not ("created" or "updated" or "deleted")))
                return GraphError(400, "InvalidRequest", "changeType must be created, updated and/or deleted.");
            if (!Uri.TryCreate(body["notificationUrl"]?.GetValue<string>(), UriKind.Absolute, out var url) || url.Scheme != "https")
                return GraphError(400, "InvalidRequest", "The notification URL must use HTTPS.");
            if (body["clientState"]?.GetValue<string>() is { Length: > 128 })
                return GraphError(400, "InvalidRequest", "clientState must be at most 128 characters.");
            if (!DateTimeOffset.TryParse(body["expirationDateTime"]?.GetValue<string>(), Invariant, out var expires))
                return GraphError(400, "InvalidRequest", "expirationDateTime is required.");
            if (expires <= Now || expires > Now + MaxSubscriptionLifetime)
                return GraphError(400, "ExtensionError", "Subscription expiration can only be 4230 minutes in the future.");
            var resource = body["resource"]?.GetValue<string>()?.TrimStart('/') ?? "";
            lock (_gate)
            {
                var mailbox = Caller(http);
                if (resource != "me/events"
                    && !mailbox.Calendars.Any(calendar => resource == $"me/calendars/{calendar.Id}/events"))
                    return GraphError(400, "ExtensionError", $"The resource {resource} is not supported or not found.");
                var id = Guid.NewGuid().ToString();
                body["id"] = id;
                body["applicationId"] = ClientId;
                _subscriptions[id] = (mailbox.Email, body);
                return Json(body.DeepClone(), 201);
            }
        });
        graph.MapDelete("/subscriptions/{subscriptionId}", (HttpContext http, string subscriptionId) =>
        {
            lock (_gate)
            {
                if (!_subscriptions.TryGetValue(subscriptionId, out var subscription) || subscription.Email != Caller(http).Email)
                    return GraphError(404, "ResourceNotFound", "The object was not found.");
                _subscriptions.Remove(subscriptionId);
                return Results.NoContent();
            }
        });
    }

    /// <summary>Adds an event to a calendar with the properties Graph sets itself. Call under the lock.</summary>
    private StoredEvent Store(Mailbox mailbox, string calendarId, JsonObject json)
    {
        var stored = new StoredEvent(NewId("evt"), calendarId, json) { Sequence = ++_sequence };
        json["id"] = stored.Id;
        json["createdDateTime"] = Now.UtcDateTime.ToString("O", Invariant);
        json["lastModifiedDateTime"] = json["createdDateTime"]!.DeepClone();
        json["type"] ??= "singleInstance";
        json["showAs"] ??= "busy";
        json["isCancelled"] ??= false;
        mailbox.Events[stored.Id] = stored;
        return stored;
    }

    /// <summary>Graph refuses an event without a start and end it understands, or ending before it starts.</summary>
    private static IResult? EventRefusal(JsonObject body)
    {
        if (TryParseTime(body["start"]) is not { } start || TryParseTime(body["end"]) is not { } end)
            return GraphError(400, "TimeZoneNotSupportedException", "A valid TimeZone value must be specified.");
        return end < start ? GraphError(400, "ErrorInvalidRequest", "The end time must not be before the start time.") : null;
    }

    private static JsonObject Render(StoredEvent stored, TimeZoneInfo zone)
    {
        var json = (JsonObject)stored.Json.DeepClone();
        if (json["recurrence"] is null)
        {
            json["start"] = TimeJson(TimeZoneInfo.ConvertTime(ParseTime(stored.Json["start"]!), zone).DateTime, zone.Id);
            json["end"] = TimeJson(TimeZoneInfo.ConvertTime(ParseTime(stored.Json["end"]!), zone).DateTime, zone.Id);
        }
        return json;
    }

    private static IResult EventNotFound() => GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");

    private static async Task<JsonObject?> ReadObjectAsync(HttpContext http)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
