using System.Diagnostics;

namespace Platform.Testing;

/// <summary>
/// Waits for a condition instead of sleeping: polls it at a short interval and fails with a message
/// that says what was awaited and what was seen last, once the timeout has passed.
/// </summary>
public static class Eventually
{
    /// <summary>Long enough for anything a test waits on (a registration, a job, a delivery), on a loaded machine.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan SlowInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns once <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> naming <paramref name="what"/> if it never does.</summary>
    /// <param name="seen">Describes the current state for the failure message (e.g. "3 subscribers").</param>
    public static async Task TrueAsync(Func<bool> condition, string what, Func<string>? seen = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? DefaultTimeout;
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
                throw new TimeoutException($"Waited {limit.TotalSeconds:0.#} s for {what}" + (seen is null ? "." : $"; last seen: {seen()}."));
            await Task.Delay(Interval, cancellationToken);
        }
    }

    /// <summary>As <see cref="TrueAsync(Func{bool}, string, Func{string}?, TimeSpan?, CancellationToken)"/>, for a condition that must be read (a query, say); polled every 100 ms.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? DefaultTimeout;
        var started = Stopwatch.GetTimestamp();
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(started) > limit) throw new TimeoutException($"Waited {limit.TotalSeconds:0.#} s for {what}.");
            await Task.Delay(SlowInterval, cancellationToken);
        }
    }

    /// <summary>Returns the first non-null value <paramref name="read"/> gives; throws <see cref="TimeoutException"/> naming <paramref name="what"/> if none comes.</summary>
    public static async Task<T> ValueAsync<T>(Func<T?> read, string what, TimeSpan? timeout = null, CancellationToken cancellationToken = default) where T : class
    {
        T? value = null;
        await TrueAsync(() => (value = read()) is not null, what, null, timeout, cancellationToken);
        return value!;
    }
}
