using GraphQL.DataLoader;

namespace Platform.Api.GraphQL.DataLoaders;

/// <summary>
/// A deferred value for GraphQL.NET: the executor calls <see cref="GetResultAsync"/> after the current
/// level's resolvers have all queued their keys. The first call starts the work; later calls share it.
/// </summary>
public sealed class DataLoaderResult<T>(Func<CancellationToken, Task<T>> resolve) : IDataLoaderResult<T>
{
    private readonly Lock _gate = new();
    private Task<T>? _task;

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _task ??= resolve(cancellationToken);
        }
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}

public static class DataLoaderResult
{
    public static IDataLoaderResult<T> FromValue<T>(T value) => new DataLoaderResult<T>(_ => Task.FromResult(value));

    /// <summary>
    /// A value derived from a pending load, still batched: the key is queued now, the mapping runs when
    /// the executor collects the level's results.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new DataLoaderResult<TResult>(async cancellationToken => map(await result.GetResultAsync(cancellationToken)));
}
