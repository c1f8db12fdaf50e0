using Platform.Modules.Calendars;
using Platform.Tenancy;

namespace Platform.Api.Features.Calendars;

/// <summary>
/// A provider's link to an outside calendar: a Google or Microsoft account (OAuth tokens, encrypted with Data Protection)
/// or a secret ICS URL (encrypted too: whoever has it reads the calendar). Sync reads the calendars chosen to block time
/// into <c>busy_intervals</c>; confirmed bookings are written to the one chosen to receive them.
/// </summary>
public sealed class CalendarConnection : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ProviderId { get; set; }

    public CalendarKind Kind { get; set; }

    public CalendarConnectionStatus Status { get; set; }

    /// <summary>The account's address (OAuth), or a name the provider gave the ICS feed.</summary>
    public string? AccountEmail { get; set; }

    /// <summary>Access and refresh token as one protected JSON document; null before consent and for ICS.</summary>
    public string? ProtectedTokens { get; set; }

    public DateTimeOffset? AccessTokenExpiresAt { get; set; }

    /// <summary>The ICS URL, protected.</summary>
    public string? ProtectedFeedUrl { get; set; }

    /// <summary>While consent is pending: SHA-256 of the OAuth state, the protected PKCE verifier, and when the offer lapses.</summary>
    public string? StateHash { get; set; }

    public string? ProtectedCodeVerifier { get; set; }

    public DateTimeOffset? ConsentExpiresAt { get; set; }

    /// <summary>The account's calendars as last listed (JSON array of <see cref="ExternalCalendar"/>).</summary>
    public string? Calendars { get; set; }

    /// <summary>Calendars whose events block the provider's time.</summary>
    public List<string> BusyCalendarIds { get; set; } = [];

    /// <summary>The calendar confirmed bookings are written to; null writes none.</summary>
    public string? BookingCalendarId { get; set; }

    /// <summary>Per calendar: the incremental sync token (JSON object), or for ICS the ETag and Last-Modified.</summary>
    public string? SyncState { get; set; }

    /// <summary>Open push channels (JSON array of <see cref="PushChannel"/> with their calendar).</summary>
    public string? PushChannels { get; set; }

    public DateTimeOffset? LastSyncedAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public string? LastError { get; set; }

    public int ConsecutiveFailures { get; set; }

    /// <summary>When the next sync is due (polling, a push notification, a changed choice of calendars).</summary>
    public DateTimeOffset NextSyncAt { get; set; }

    /// <summary>A syncing instance's claim; nobody else syncs the connection before this time.</summary>
    public DateTimeOffset? SyncLockedUntil { get; set; }

    public DateTimeOffset? BrokenAt { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
