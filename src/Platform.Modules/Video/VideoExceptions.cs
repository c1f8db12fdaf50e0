namespace Platform.Modules.Video;

/// <summary>Trouble with a video service; the message never carries a key or token.</summary>
public class VideoException(string message, int? statusCode = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;

    /// <summary>When the service asked to wait (429 Retry-After).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Whether trying again later may work (network, 5xx, 429), as opposed to a refusal that will not change.</summary>
    public bool Transient => StatusCode is null or 429 or >= 500;
}

/// <summary>The credentials were refused (401/403): saving them fails, rooms cannot be made until they are fixed.</summary>
public sealed class VideoCredentialsRejectedException(string message, int statusCode) : VideoException(message, statusCode);
