namespace Platform.Modules.Email;

/// <summary>
/// A provider did not take a message. <see cref="Permanent"/>: it never will (a mailbox that does not exist, a request
/// the API refuses as such), so trying again is pointless; otherwise (a busy server, a lost connection, a rate limit)
/// a later attempt may succeed. <see cref="StatusCode"/> is the SMTP reply code or HTTP status, when there was one.
/// </summary>
public sealed class EmailDeliveryException(string message, bool permanent, int? statusCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;

    public int? StatusCode { get; } = statusCode;

    /// <summary>How long the provider asked us to wait (HTTP Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
