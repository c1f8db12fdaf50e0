namespace Platform.Modules.Calendars;

/// <summary>
/// A calendar service a provider (host) connects through OAuth 2.0 authorization code + PKCE (Google Calendar,
/// Microsoft 365). The platform keeps the tokens (encrypted) and the sync state; a module only speaks the service's
/// API. Every method throws <see cref="CalendarException"/> subclasses for the service's trouble, never raw HTTP errors.
/// </summary>
public interface ICalendarProvider
{
    CalendarKind Kind { get; }

    /// <summary>Whether the platform has an OAuth app for this service (client id and secret configured).</summary>
    bool IsConfigured { get; }

    /// <summary>The consent page to send the provider to (offline access, S256 code challenge, the state to return).</summary>
    Uri ConsentUrl(ConsentRequest request);

    /// <summary>Trades the callback's code for tokens (the PKCE verifier proves it is the same flow).</summary>
    Task<CalendarTokens> ExchangeCodeAsync(string code, string codeVerifier, Uri redirectUri, CancellationToken cancellationToken);

    /// <summary>
    /// New tokens from the refresh token. A refused grant (revoked, expired) is <see cref="CalendarGrantRevokedException"/>.
    /// The result's refresh token is the old one when the service did not issue a new one.
    /// </summary>
    Task<CalendarTokens> RefreshAsync(string refreshToken, CancellationToken cancellationToken);

    /// <summary>The account's address and its calendars (to choose which block time and which receives bookings).</summary>
    Task<CalendarAccount> GetAccountAsync(string accessToken, CancellationToken cancellationToken);

    /// <summary>
    /// The calendar's events that make the provider busy. Without <paramref name="syncToken"/>: a full read of the
    /// window [<paramref name="from"/>, <paramref name="to"/>) (<see cref="BusySync.Complete"/> true: replace all that is
    /// known). With one: the changes since (<see cref="BusySync.Complete"/> false). An expired token is
    /// <see cref="CalendarSyncTokenExpiredException"/> (then sync again without one). Recurring events come expanded to
    /// their occurrences; free (transparent), declined and cancelled events are reported in <see cref="BusySync.Removed"/>.
    /// </summary>
    Task<BusySync> SyncBusyAsync(
        string accessToken,
        string calendarId,
        string? syncToken,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken);

    /// <summary>
    /// Creates or updates the event of a booking, idempotently: <see cref="CalendarEventSpec.Key"/> is the same for
    /// every attempt for one booking, so a retry after a lost answer finds the first event instead of making a second
    /// (Google: the client-chosen event id; Microsoft Graph: <c>transactionId</c>). Returns the service's event id.
    /// </summary>
    Task<string> UpsertEventAsync(
        string accessToken, string calendarId, CalendarEventSpec spec, string? externalId, CancellationToken cancellationToken);

    /// <summary>Deletes an event; one that is already gone (404/410) counts as deleted.</summary>
    Task DeleteEventAsync(string accessToken, string calendarId, string externalId, CancellationToken cancellationToken);

    /// <summary>
    /// Asks the service to call <paramref name="notificationUrl"/> when the calendar changes (Google <c>events.watch</c>,
    /// Graph change notifications). <paramref name="clientState"/> comes back with each call, to check it is genuine.
    /// Null when the service cannot (the platform then polls).
    /// </summary>
    Task<PushChannel?> WatchAsync(
        string accessToken, string calendarId, Uri notificationUrl, string clientState, CancellationToken cancellationToken);

    /// <summary>Stops a push channel (disconnect, renewal); one that is already gone counts as stopped.</summary>
    Task StopWatchAsync(string accessToken, PushChannel channel, CancellationToken cancellationToken);
}
