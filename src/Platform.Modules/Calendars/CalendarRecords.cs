namespace Platform.Modules.Calendars;

/// <summary>What the consent URL carries: where to come back, the state to return, the S256 challenge, a hint.</summary>
public sealed record ConsentRequest(Uri RedirectUri, string State, string CodeChallenge, string? LoginHint = null);

/// <summary>Tokens from the authorization server. <see cref="ExpiresAt"/> is when the access token stops working.</summary>
public sealed record CalendarTokens(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt, string? Scope = null);

/// <summary>The connected account and its calendars.</summary>
public sealed record CalendarAccount(string Email, IReadOnlyList<ExternalCalendar> Calendars);

/// <summary>
/// One calendar of the account. <see cref="Primary"/> is the account's main calendar (the default to block time and
/// to receive bookings); <see cref="CanWrite"/> says whether events can be written to it.
/// </summary>
public sealed record ExternalCalendar(string Id, string Name, bool Primary, bool CanWrite, string? TimeZone = null);

/// <summary>
/// One busy occurrence. <see cref="Id"/> is unique within the calendar and stable across syncs (for a recurring
/// event: the occurrence's id, e.g. Google's <c>eventId_20261205T090000Z</c>).
/// </summary>
public sealed record ExternalBusy(string Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>
/// The result of one sync call. <see cref="Complete"/>: <see cref="Busy"/> is everything (replace what is known);
/// otherwise <see cref="Busy"/> are new or changed occurrences and <see cref="Removed"/> the ids that no longer make the
/// provider busy. <see cref="NextSyncToken"/> is for the next incremental call (null when the service has none).
/// </summary>
public sealed record BusySync(bool Complete, IReadOnlyList<ExternalBusy> Busy, IReadOnlyList<string> Removed, string? NextSyncToken);

/// <summary>
/// A booking as a calendar event. <see cref="Key"/> is the idempotency key derived from the booking (the same on
/// every attempt); <see cref="TimeZone"/> is an IANA zone for display.
/// </summary>
public sealed record CalendarEventSpec(
    string Key,
    string Title,
    string Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Location,
    string? VideoUrl,
    string? AttendeeEmail,
    string? AttendeeName);

/// <summary>A push channel the service opened: its id, the resource it watches, and when it lapses.</summary>
public sealed record PushChannel(string Id, string? ResourceId, DateTimeOffset ExpiresAt);
