namespace Platform.Modules.Calendars;

/// <summary>Trouble with a calendar service; the message never carries a token.</summary>
public class CalendarException(string message, int? statusCode = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The service's HTTP status, when there was one.</summary>
    public int? StatusCode { get; } = statusCode;
}

/// <summary>The access token was refused (401): refresh and try once more.</summary>
public sealed class CalendarUnauthorizedException(string message) : CalendarException(message, 401);

/// <summary>The grant is gone (revoked, expired refresh token, <c>invalid_grant</c>): the connection is broken.</summary>
public sealed class CalendarGrantRevokedException(string message) : CalendarException(message, 400);

/// <summary>The sync token is no longer valid (410 Gone): sync in full.</summary>
public sealed class CalendarSyncTokenExpiredException(string message) : CalendarException(message, 410);

/// <summary>
/// The service asked us to slow down (429, or 403 rate-limit reasons) and retries ran out; try after <see cref="RetryAfter"/>.
/// </summary>
public sealed class CalendarRateLimitedException(string message, TimeSpan? retryAfter)
    : CalendarException(message, 429)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>The calendar or event is not there (404), or the service refused the request for good (other 4xx).</summary>
public sealed class CalendarRejectedException(string message, int statusCode) : CalendarException(message, statusCode);
