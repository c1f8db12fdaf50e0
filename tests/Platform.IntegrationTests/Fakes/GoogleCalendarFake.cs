using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.IntegrationTests.Fakes;

/// <summary>
/// An in-memory Google (OAuth 2.0 web server flow with PKCE and Calendar API v3) that checks what Google checks:
/// client credentials, single-use codes and their S256 challenge, expiring access tokens, revoked grants, event id rules,
/// sync tokens (410 once invalid), duplicate ids (409), deleted events (410), HTTPS webhooks. This file: the state and the
/// test controls; the endpoints are in the other parts. Every state change happens under one lock.
/// </summary>
public sealed partial class GoogleCalendarFake(Func<DateTimeOffset> now)
{
    public const string ClientId = "fake-client-id";

    public const string ClientSecret = "fake-client-secret";

    private readonly object _gate = new();
    private readonly Dictionary<string, Account> _accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<GoogleCalendarFakeRequest> _requests = [];
    private long _sequence;
    private int _rateLimitedRequests;
    private TimeSpan _rateLimitRetryAfter;

    public DateTimeOffset Now => now();

    /// <summary>How long issued access tokens live (Google: one hour).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Caps every page (calendar list, events) below what the request asks, to make paging happen in tests.</summary>
    public int? PageSize { get; set; }

    public void Map(RouteGroupBuilder routes)
    {
        routes.MapGet("/o/oauth2/v2/auth", ConsentPageAsync);
        routes.MapPost("/token", TokenAsync);
        var api = routes.MapGroup("/calendar/v3");
        api.MapGet("/users/me/calendarList", http => ApiAsync(http, ListCalendars));
        api.MapGet("/calendars/{calendarId}/events", http => ApiAsync(http, ListEvents));
        api.MapPost("/calendars/{calendarId}/events", http => ApiAsync(http, InsertEvent));
        api.MapPost("/calendars/{calendarId}/events/watch", http => ApiAsync(http, Watch));
        api.MapMethods("/calendars/{calendarId}/events/{eventId}", [HttpMethods.Patch], http => ApiAsync(http, PatchEvent));
        api.MapDelete("/calendars/{calendarId}/events/{eventId}", http => ApiAsync(http, DeleteEvent));
        api.MapPost("/channels/stop", http => ApiAsync(http, StopChannel));
    }

    /// <summary>A Google account whose primary calendar (id = the address) is in <paramref name="timeZone"/>.</summary>
    public void AddAccount(string email, string timeZone = "Europe/Berlin")
    {
        lock (_gate)
        {
            if (_accounts.ContainsKey(email)) return;
            var account = new Account(email);
            account.Calendars[email] = new Calendar(email, email, timeZone, "owner", Primary: true);
            _accounts[email] = account;
        }
    }

    /// <summary>Another calendar in the account's list (shared with it: <paramref name="accessRole"/> reader, writer…).</summary>
    public void AddCalendar(string email, string calendarId, string summary, string accessRole = "reader", string timeZone = "UTC")
    {
        lock (_gate) Find(email).Calendars[calendarId] = new Calendar(calendarId, summary, timeZone, accessRole, Primary: false);
    }

    /// <summary>
    /// An event someone else put in the calendar. <paramref name="recurrence"/> is an RRULE line
    /// (<c>RRULE:FREQ=WEEKLY;BYDAY=TU</c>) repeating the start's local time in <paramref name="timeZone"/>;
    /// <paramref name="selfResponse"/> is the account's own answer as an attendee (<c>declined</c>…).
    /// </summary>
    public string AddEvent(string email, string calendarId, string summary, DateTimeOffset start, DateTimeOffset end,
        string? timeZone = null, string? recurrence = null, bool transparent = false, string? selfResponse = null)
    {
        lock (_gate)
        {
            var calendar = FindCalendar(email, calendarId);
            var stored = new StoredEvent(NewEventId())
            {
                Summary = summary,
                Start = start,
                End = end,
                TimeZone = timeZone ?? calendar.TimeZone,
                Recurrence = recurrence,
                Transparency = transparent ? "transparent" : null,
            };
            if (selfResponse is not null) stored.Attendees.Add(new Attendee(email, null, selfResponse));
            return Store(calendar, stored).Id;
        }
    }

    /// <summary>An all-day event from <paramref name="first"/> to <paramref name="endExclusive"/> (Google's end is exclusive).</summary>
    public string AddAllDayEvent(string email, string calendarId, string summary, DateOnly first, DateOnly endExclusive)
    {
        lock (_gate)
        {
            var calendar = FindCalendar(email, calendarId);
            var zone = Zone(calendar.TimeZone);
            var stored = new StoredEvent(NewEventId())
            {
                Summary = summary,
                AllDayStart = first,
                AllDayEnd = endExclusive,
                Start = Instant(first.ToDateTime(TimeOnly.MinValue), zone),
                End = Instant(endExclusive.ToDateTime(TimeOnly.MinValue), zone),
            };
            return Store(calendar, stored).Id;
        }
    }

    public void MoveEvent(string email, string calendarId, string eventId, DateTimeOffset start, DateTimeOffset end)
    {
        lock (_gate) Touch(FindCalendar(email, calendarId).Events[eventId], e => (e.Start, e.End) = (start, end));
    }

    /// <summary>Deletes the event as its organizer would: it stays as <c>cancelled</c>, which incremental syncs report.</summary>
    public void CancelEvent(string email, string calendarId, string eventId)
    {
        lock (_gate) Touch(FindCalendar(email, calendarId).Events[eventId], e => e.Status = "cancelled");
    }

    /// <summary>The user removed the app's access: the refresh token and every access token stop working.</summary>
    public void Revoke(string email)
    {
        lock (_gate)
        {
            Find(email).Revoked = true;
            foreach (var token in _refreshTokens.Where(t => t.Value.Equals(email, StringComparison.OrdinalIgnoreCase)).ToList())
                _refreshTokens.Remove(token.Key);
            foreach (var token in _accessTokens.Where(t => t.Value.Email.Equals(email, StringComparison.OrdinalIgnoreCase)).ToList())
                _accessTokens.Remove(token.Key);
        }
    }

    /// <summary>Every access token issued so far lapses now (refresh tokens keep working).</summary>
    public void ExpireAccessTokens()
    {
        lock (_gate)
            foreach (var key in _accessTokens.Keys.ToList())
                _accessTokens[key] = _accessTokens[key] with { ExpiresAt = DateTimeOffset.MinValue };
    }

    /// <summary>Every sync token (and page token) issued so far answers 410 Gone from now on, as Google may at any time.</summary>
    public void ExpireSyncTokens()
    {
        lock (_gate)
        {
            _syncTokens.Clear();
            _pages.Clear();
        }
    }

    /// <summary>The next <paramref name="count"/> Calendar API requests answer 429 with <c>Retry-After</c>.</summary>
    public void RateLimitNext(int count, TimeSpan retryAfter)
    {
        lock (_gate) (_rateLimitedRequests, _rateLimitRetryAfter) = (count, retryAfter);
    }

    /// <summary>Every event of the calendar, cancelled ones included (status <c>cancelled</c>).</summary>
    public IReadOnlyList<GoogleCalendarFakeEvent> Events(string email, string calendarId)
    {
        lock (_gate)
            return FindCalendar(email, calendarId).Events.Values.OrderBy(e => e.Sequence).Select(e => new GoogleCalendarFakeEvent(
                e.Id, e.Status, e.Summary, e.Description, e.Location, e.Start, e.End, e.AllDayStart is not null, e.TimeZone,
                e.Recurrence, e.Transparency, [.. e.Attendees.Select(a => a.Email)])).ToList();
    }

    public IReadOnlyList<GoogleCalendarFakeRequest> Requests
    {
        get
        {
            lock (_gate) return [.. _requests];
        }
    }

    /// <summary>The ids of the push channels open now (watched and not stopped).</summary>
    public IReadOnlyList<string> OpenChannels
    {
        get
        {
            lock (_gate) return [.. _channels.Keys];
        }
    }

    private Account Find(string email) =>
        _accounts.TryGetValue(email, out var account) ? account : throw new InvalidOperationException($"No fake account {email}");

    private Calendar FindCalendar(string email, string calendarId) =>
        CalendarOf(Find(email), calendarId) ?? throw new InvalidOperationException($"No calendar {calendarId} for {email}");

    /// <summary>The calendar by id, or the account's primary one for Google's alias <c>primary</c>.</summary>
    private static Calendar? CalendarOf(Account account, string calendarId) =>
        calendarId == "primary" ? account.Calendars.Values.First(c => c.Primary)
        : account.Calendars.TryGetValue(calendarId, out var calendar) ? calendar : null;

    private StoredEvent Store(Calendar calendar, StoredEvent stored)
    {
        stored.Sequence = ++_sequence;
        calendar.Events[stored.Id] = stored;
        return stored;
    }

    private void Touch(StoredEvent stored, Action<StoredEvent> change)
    {
        change(stored);
        stored.Sequence = ++_sequence;
    }

    /// <summary>An id as Google makes them: base32hex characters.</summary>
    private static string NewEventId() =>
        string.Concat(RandomNumberGenerator.GetBytes(20).Select(b => "0123456789abcdefghijklmnopqrstuv"[b & 31]));
}
