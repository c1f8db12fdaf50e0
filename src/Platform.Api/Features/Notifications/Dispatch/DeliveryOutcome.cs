namespace Platform.Api.Features.Notifications.Dispatch;

/// <summary>How one attempt went. <see cref="StatusCode"/> is the HTTP status or SMTP reply code when there was one.</summary>
public sealed record DeliveryOutcome(DeliveryOutcomeKind Kind, string? Error = null, int? StatusCode = null, TimeSpan? RetryAfter = null)
{
    public static DeliveryOutcome Sent(int? statusCode = null) => new(DeliveryOutcomeKind.Sent, null, statusCode);

    /// <summary>
    /// Worth trying again later (a timeout, a 5xx, a 4xx SMTP reply); <paramref name="retryAfter"/> when the receiver said.
    /// </summary>
    public static DeliveryOutcome Retry(string error, int? statusCode = null, TimeSpan? retryAfter = null) =>
        new(DeliveryOutcomeKind.Retry, error, statusCode, retryAfter);

    /// <summary>Refused for good (a bad address, a 4xx from the receiver's API that will not change); not retried.</summary>
    public static DeliveryOutcome Failed(string error, int? statusCode = null) => new(DeliveryOutcomeKind.Failed, error, statusCode);

    /// <summary>No longer wanted (a reminder whose booking was cancelled or moved, an endpoint that was deleted).</summary>
    public static DeliveryOutcome Cancelled(string reason) => new(DeliveryOutcomeKind.Cancelled, reason);
}

public enum DeliveryOutcomeKind
{
    Sent,
    Retry,
    Failed,
    Cancelled,
}
