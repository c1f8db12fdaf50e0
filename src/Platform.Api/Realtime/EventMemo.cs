using System.Collections.Concurrent;

namespace Platform.Api.Realtime;

/// <summary>
/// Shares the work one event causes among its subscribers: a thousand dashboards of one
/// organization, or a thousand booking pages on one offering, load the event's consequences once.
/// Keyed by the event's sequence and what is asked; only the recent past is kept.
/// </summary>
public sealed class EventMemo
{
    private const int Window = 4096;
    private readonly ConcurrentDictionary<(long Sequence, object Key), Lazy<Task<object?>>> _entries = new();
    private long _newest;

    public async Task<T?> GetAsync<T>(long sequence, object key, Func<Task<T?>> load) where T : class
    {
        if (sequence > Interlocked.Read(ref _newest))
        {
            Interlocked.Exchange(ref _newest, sequence);
            if (_entries.Count > Window) Trim(sequence - Window / 4);
        }

        var entry = _entries.GetOrAdd((sequence, key), _ => new Lazy<Task<object?>>(async () => await load()));
        try
        {
            return (T?)await entry.Value;
        }
        catch
        {
            _entries.TryRemove((sequence, key), out _);
            throw;
        }
    }

    private void Trim(long before)
    {
        foreach (var key in _entries.Keys)
        {
            if (key.Sequence < before) _entries.TryRemove(key, out _);
        }
    }
}
