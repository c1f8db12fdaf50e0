using System.Collections.Concurrent;

namespace Platform.Api.Identity;

/// <summary>
/// Fixed-window counters keyed by string (an email, a client address, a client address and an account),
/// on the host's clock. In-process: each instance counts on its own, so behind N replicas a client gets
/// at most N times the allowance, which still bounds guessing.
/// </summary>
public sealed class Throttle(TimeProvider clock)
{
    // Far above what honest traffic keeps alive within one window; past it, expired windows are swept.
    private const int SweepAbove = 50_000;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="key"/> must wait when it has used up <paramref name="limit"/>; null when it may go on.</summary>
    public TimeSpan? Blocked(string key, int limit)
    {
        if (!_windows.TryGetValue(key, out var window)) return null;
        var now = clock.GetUtcNow();
        lock (window)
        {
            return window.Ends > now && window.Count >= limit ? window.Ends - now : null;
        }
    }

    /// <summary>Counts one event for <paramref name="key"/>, opening a window of <paramref name="length"/> if none is open.</summary>
    public void Count(string key, TimeSpan length)
    {
        var now = clock.GetUtcNow();
        var window = _windows.GetOrAdd(key, _ => new Window());
        lock (window)
        {
            if (window.Ends <= now)
            {
                window.Ends = now + length;
                window.Count = 0;
            }

            window.Count++;
        }

        if (_windows.Count > SweepAbove) Sweep(now);
    }

    /// <summary>Forgets <paramref name="key"/>, e.g. after the right password.</summary>
    public void Clear(string key) => _windows.TryRemove(key, out _);

    /// <summary>Whole seconds to wait, at least one: the value of a <c>Retry-After</c> header.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, window) in _windows)
        {
            bool expired;
            lock (window) expired = window.Ends <= now;
            if (expired) _windows.TryRemove(new KeyValuePair<string, Window>(key, window));
        }
    }

    private sealed class Window
    {
        public DateTimeOffset Ends { get; set; }

        public int Count { get; set; }
    }
}
