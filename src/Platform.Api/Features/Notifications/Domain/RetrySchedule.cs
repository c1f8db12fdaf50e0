namespace Platform.Api.Features.Notifications.Domain;

/// <summary>
/// When to try a failed delivery again: exponential backoff from 10 seconds, capped at an hour, with jitter on
/// the upper quarter so a receiver that comes back is not hit by every sender at once. 45 attempts span more than 24 hours.
/// </summary>
public static class RetrySchedule
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan Cap = TimeSpan.FromHours(1);

    /// <summary>The wait after attempt <paramref name="attempt"/> (1-based) failed; <paramref name="jitter"/> in [0, 1).</summary>
    public static TimeSpan After(int attempt, double jitter)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 20);
        var ceiling = Math.Min(First.TotalSeconds * Math.Pow(2, exponent), Cap.TotalSeconds);
        return TimeSpan.FromSeconds(ceiling * 0.75 + ceiling * 0.25 * Math.Clamp(jitter, 0, 1));
    }
}
