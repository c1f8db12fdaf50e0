using System.Text.Json.Nodes;

namespace Platform.IntegrationTests.Fakes;

/// <summary>What the fake keeps: accounts with their calendars and events, grants and tokens, sync state, channels.</summary>
public sealed partial class GoogleCalendarFake
{
    private readonly Dictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _refreshTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccessToken> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SyncState> _syncTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingPage> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Channel> _channels = new(StringComparer.Ordinal);

    private sealed class Account(string email)
    {
        public string Email { get; } = email;

        public bool Revoked { get; set; }

        public Dictionary<string, Calendar> Calendars { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private sealed record Calendar(string Id, string Summary, string TimeZone, string AccessRole, bool Primary)
    {
        public Dictionary<string, StoredEvent> Events { get; } = new(StringComparer.Ordinal);

        public bool Writable => AccessRole is "owner" or "writer";
    }

    private sealed class StoredEvent(string id)
    {
        public string Id { get; } = id;

        /// <summary>The fake's change counter when the event last changed: what sync tokens compare.</summary>
        public long Sequence { get; set; }

        public string Status { get; set; } = "confirmed";

        public string? Summary { get; set; }

        public string? Description { get; set; }

        public string? Location { get; set; }

        public DateTimeOffset Start { get; set; }

        public DateTimeOffset End { get; set; }

        /// <summary>Set for all-day events, whose start and end are dates (end exclusive).</summary>
        public DateOnly? AllDayStart { get; set; }

        public DateOnly? AllDayEnd { get; set; }

        public string? TimeZone { get; set; }

        public string? Recurrence { get; set; }

        public string? Transparency { get; set; }

        public List<Attendee> Attendees { get; } = [];
    }

    private sealed record Attendee(string Email, string? DisplayName, string ResponseStatus);

    private sealed record AuthorizationCode(
        string Email, string RedirectUri, string Challenge, string Scope, bool Offline, DateTimeOffset IssuedAt);

    private sealed record AccessToken(string Email, DateTimeOffset ExpiresAt);

    /// <summary>A sync token: the change counter it saw and the window of the full sync it continues.</summary>
    private sealed record SyncState(Calendar Calendar, long Sequence, DateTimeOffset? Min, DateTimeOffset? Max);

    /// <summary>The rest of a listing, served by page token, and the token to hand out on its last page.</summary>
    private sealed record PendingPage(Calendar Calendar, List<JsonObject> Items, string? SyncToken, int PageSize);

    private sealed record Channel(string Id, string ResourceId, string Email, string CalendarId, string Address, DateTimeOffset Expiration);

    private static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>A local wall time in <paramref name="zone"/> as an instant; a time in a spring-forward gap moves on by the gap.</summary>
    private static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
