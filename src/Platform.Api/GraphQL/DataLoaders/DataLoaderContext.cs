using System.Collections.Concurrent;

namespace Platform.Api.GraphQL.DataLoaders;

/// <summary>
/// The per-request home of every batch loader (registered scoped). A loader is found by name, so
/// all resolvers of one request share its batch and its cache.
/// </summary>
public sealed class DataLoaderContext
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, BatchLoader<TKey, TValue>.FetchDelegate fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch));
}
