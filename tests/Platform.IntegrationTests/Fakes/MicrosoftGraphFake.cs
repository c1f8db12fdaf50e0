using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.IntegrationTests.Fakes;

/// <summary>
/// The Microsoft identity platform (authorization code + PKCE, rotating refresh tokens) and the slice of Microsoft Graph
/// the calendar module uses (me, calendars, calendarView delta, events, subscriptions), in memory. It refuses what the
/// real services refuse: a wrong verifier or secret, a reused code, an expired or missing bearer token, a forgotten delta
/// token; and it throttles on request (429 + Retry-After). Thread-safe: one lock around all state.
/// </summary>
public sealed partial class MicrosoftGraphFake(Func<DateTimeOffset> now)
{
    public const string ClientId = "fake-client-id";

    public const string ClientSecret = "fake-client-secret";

    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Mailbox> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AccessToken> _accessTokens = new(StringComparer.Ordinal);
    private readonly List<string> _requests = [];
    private long _sequence;
    private int _throttledRequests;
    private TimeSpan _retryAfter;

    public DateTimeOffset Now => now();

    /// <summary>How many items one calendarView delta page holds (Graph pages too; small here so paging is exercised).</summary>
    public int PageSize { get; set; } = 3;

    /// <summary>Every request that reached the fake, as <c>METHOD /path?query</c>.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_gate) return [.. _requests];
        }
    }

    public void Map(RouteGroupBuilder routes)
    {
        routes.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            lock (_gate) _requests.Add($"{request.Method} {request.Path}{request.QueryString}");
            return await next(context);
        });
        MapIdentity(routes.MapGroup("/login/{tenant}/oauth2/v2.0"));
        var graph = routes.MapGroup("/graph/v1.0");
        graph.AddEndpointFilter(async (context, next) => Gate(context.HttpContext) ?? await next(context));
        MapCalendarView(graph);
        MapEvents(graph);
        MapSubscriptions(graph);
    }

    /// <summary>The next <paramref name="count"/> Graph requests are answered 429 with this Retry-After.</summary>
    public void RateLimitNext(int count, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _throttledRequests = count;
            _retryAfter = retryAfter;
        }
    }

    /// <summary>Every access token issued so far stops working (as an hour passing would do).</summary>
    public void ExpireAccessTokens()
    {
        lock (_gate)
        {
            foreach (var token in _accessTokens.Keys.ToList())
                _accessTokens[token] = _accessTokens[token] with { ExpiresAt = Now.AddSeconds(-1) };
        }
    }

    /// <summary>Graph has forgotten every delta and skip token: the next call with one gets 410 SyncStateNotFound.</summary>
    public void ExpireDeltaTokens()
    {
        lock (_gate) _deltaStates.Clear();
    }

    /// <summary>The account removed the app's consent: its refresh and access tokens stop working.</summary>
    public void Revoke(string email)
    {
        lock (_gate)
        {
            foreach (var (token, owner) in _refreshTokens.ToList())
            {
                if (!string.Equals(owner, email, StringComparison.OrdinalIgnoreCase)) continue;
                _refreshTokens.Remove(token);
                _revokedRefreshTokens.Add(token);
            }
            foreach (var (token, access) in _accessTokens.ToList())
                if (string.Equals(access.Email, email, StringComparison.OrdinalIgnoreCase)) _accessTokens.Remove(token);
        }
    }

    /// <summary>The id of the account's default calendar ("Calendar"); the mailbox is created on first use.</summary>
    public string DefaultCalendarId(string email)
    {
        lock (_gate) return MailboxOf(email).Calendars.Single(calendar => calendar.IsDefault).Id;
    }

    /// <summary>A one-off event, as the owner would add it in Outlook. Returns its id.</summary>
    public string AddEvent(
        string email, string calendarId, string subject, DateTimeOffset startsAt, DateTimeOffset endsAt,
        string showAs = "busy", bool isCancelled = false)
    {
        var json = new JsonObject
        {
            ["subject"] = subject,
            ["start"] = TimeJson(startsAt.UtcDateTime, "UTC"),
            ["end"] = TimeJson(endsAt.UtcDateTime, "UTC"),
            ["showAs"] = showAs,
            ["isCancelled"] = isCancelled,
        };
        lock (_gate) return Store(MailboxOf(email), calendarId, json).Id;
    }

    /// <summary>
    /// A weekly series at a constant local time in <paramref name="timeZone"/> (IANA or Windows name) on the given days,
    /// from <paramref name="localStart"/>'s date until <paramref name="until"/> (inclusive). Returns the series' id.
    /// </summary>
    public string AddWeeklyEvent(
        string email, string calendarId, string subject, DateTime localStart, TimeSpan duration, string timeZone,
        IReadOnlyCollection<DayOfWeek> days, DateOnly until, string showAs = "busy")
    {
        var json = new JsonObject
        {
            ["subject"] = subject,
            ["type"] = "seriesMaster",
            ["start"] = TimeJson(localStart, timeZone),
            ["end"] = TimeJson(localStart + duration, timeZone),
            ["showAs"] = showAs,
            ["isCancelled"] = false,
            ["recurrence"] = new JsonObject
            {
                ["pattern"] = new JsonObject
                {
                    ["type"] = "weekly",
                    ["interval"] = 1,
                    ["daysOfWeek"] = new JsonArray([.. days.Select(day => (JsonNode)day.ToString().ToLowerInvariant())]),
                },
                ["range"] = new JsonObject
                {
                    ["type"] = "endDate",
                    ["startDate"] = DateOnly.FromDateTime(localStart).ToString("yyyy-MM-dd", Invariant),
                    ["endDate"] = until.ToString("yyyy-MM-dd", Invariant),
                    ["recurrenceTimeZone"] = timeZone,
                },
            },
        };
        lock (_gate) return Store(MailboxOf(email), calendarId, json).Id;
    }

    /// <summary>Changes an event as the owner would in Outlook (the next delta reports it).</summary>
    public void UpdateEvent(string email, string eventId, Action<JsonObject> change)
    {
        lock (_gate)
        {
            var stored = MailboxOf(email).Events[eventId];
            change(stored.Json);
            stored.Sequence = ++_sequence;
        }
    }

    /// <summary>Deletes an event as the owner would in Outlook (the next delta reports it as <c>@removed</c>).</summary>
    public void RemoveEvent(string email, string eventId)
    {
        lock (_gate)
        {
            var stored = MailboxOf(email).Events[eventId];
            stored.Deleted = true;
            stored.Sequence = ++_sequence;
        }
    }

    /// <summary>The calendar's events as stored (what the platform wrote), deleted ones left out.</summary>
    public IReadOnlyList<JsonObject> Events(string email, string calendarId)
    {
        lock (_gate)
        {
            return [.. MailboxOf(email).Events.Values
                .Where(stored => !stored.Deleted && stored.CalendarId == calendarId)
                .Select(stored => (JsonObject)stored.Json.DeepClone())];
        }
    }

    /// <summary>401 for a missing, unknown or expired bearer token; 429 while throttling. Null lets the request through.</summary>
    private IResult? Gate(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        lock (_gate)
        {
            if (!header.StartsWith("Bearer ", StringComparison.Ordinal)
                || !_accessTokens.TryGetValue(header["Bearer ".Length..], out var token))
                return GraphError(401, "InvalidAuthenticationToken", "IDX14100: JWT is not well formed.");
            if (token.ExpiresAt <= Now)
                return GraphError(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.");
            if (_throttledRequests > 0)
            {
                _throttledRequests--;
                http.Response.Headers.RetryAfter = ((int)_retryAfter.TotalSeconds).ToString(Invariant);
                return GraphError(429, "TooManyRequests", "Application is over its MailboxConcurrency limit.");
            }
            http.Items[nameof(Mailbox)] = MailboxOf(token.Email);
            return null;
        }
    }

    private static Mailbox Caller(HttpContext http) => (Mailbox)http.Items[nameof(Mailbox)]!;

    /// <summary>The mailbox of an address, with the calendars a new Outlook account has. Call under the lock.</summary>
    private Mailbox MailboxOf(string email)
    {
        if (_mailboxes.TryGetValue(email, out var mailbox)) return mailbox;
        mailbox = new Mailbox(email);
        mailbox.Calendars.Add(new FakeCalendar(NewId("cal"), "Calendar", IsDefault: true, CanEdit: true));
        mailbox.Calendars.Add(new FakeCalendar(NewId("cal"), "Birthdays", IsDefault: false, CanEdit: false));
        mailbox.Calendars.Add(new FakeCalendar(NewId("cal"), "United Kingdom holidays", IsDefault: false, CanEdit: false));
        _mailboxes[email] = mailbox;
        return mailbox;
    }

    private static string NewId(string prefix) => $"{prefix}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";

    private static IResult GraphError(int status, string code, string message) =>
        Json(new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject { ["request-id"] = Guid.NewGuid().ToString() },
            },
        }, status);

    private static IResult Json(JsonNode body, int status = 200) =>
        Results.Text(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8, status);

    private sealed record AccessToken(string Email, DateTimeOffset ExpiresAt);

    private sealed record FakeCalendar(string Id, string Name, bool IsDefault, bool CanEdit);

    private sealed class Mailbox(string email)
    {
        public string Email { get; } = email;

        public List<FakeCalendar> Calendars { get; } = [];

        public Dictionary<string, StoredEvent> Events { get; } = new(StringComparer.Ordinal);
    }

    private sealed class StoredEvent(string id, string calendarId, JsonObject json)
    {
        public string Id { get; } = id;

        public string CalendarId { get; } = calendarId;

        public JsonObject Json { get; } = json;

        public long Sequence { get; set; }

        public bool Deleted { get; set; }
    }
}
