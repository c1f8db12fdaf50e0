using GraphQL.DataLoader;

namespace Platform.Api.GraphQL.DataLoaders;

/// <summary>
/// Collects keys while the executor walks one level of the query, then fetches them all with one
/// call when the first result is awaited; every key is fetched at most once per request.
/// GraphQL.NET awaits <see cref="IDataLoaderResult"/>s only after the level's resolvers have run,
/// which is what makes the batch.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(BatchLoader<TKey, TValue>.FetchDelegate fetch)
    where TKey : notnull
{
    public delegate Task<IReadOnlyDictionary<TKey, TValue>> FetchDelegate(
        IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    private readonly Dictionary<TKey, DataLoaderResult<TValue?>> _cache = [];
    private readonly List<TKey> _pending = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>>? _batch;

    /// <summary>Number of fetches issued; tests use it to prove batching.</summary>
    public int FetchCount { get; private set; }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached)) return cached;

            _batch ??= new TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>>(TaskCreationOptions.RunContinuationsAsynchronously);
            var batch = _batch;
            _pending.Add(key);
            var result = new DataLoaderResult<TValue?>(async ct =>
            {
                await DispatchAsync(batch, ct);
                var values = await batch.Task;
                return values.TryGetValue(key, out var value) ? value : default;
            });
            _cache[key] = result;
            return result;
        }
    }

    private async Task DispatchAsync(TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> batch, CancellationToken cancellationToken)
    {
        TKey[] keys;
        lock (_gate)
        {
            // Only the first awaiter of a batch fetches; the batch closes so later keys start a new one.
            if (!ReferenceEquals(_batch, batch)) return;
            keys = [.. _pending];
            _pending.Clear();
            _batch = null;
            FetchCount++;
        }

        try
        {
            batch.SetResult(await fetch(keys, cancellationToken));
        }
        catch (Exception exception)
        {
            batch.SetException(exception);
        }
    }
}
