using System.Collections.Concurrent;

namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// The operations running on one connection, by the id the client gave them. An operation that is still
/// registered still owes the client its end (<c>complete</c> or <c>error</c>); whoever unregisters it sends that.
/// </summary>
internal sealed class OperationRegistry
{
    private readonly ConcurrentDictionary<string, SubscribedOperation> _operations = new(StringComparer.Ordinal);

    public int Count => _operations.Count;

    /// <summary>False if an operation with this id is already running.</summary>
    public bool TryAdd(SubscribedOperation operation) => _operations.TryAdd(operation.Id, operation);

    /// <summary>The client's <c>complete</c>: stops the operation with this id, if one runs.</summary>
    public void Cancel(string id)
    {
        if (_operations.TryRemove(id, out var operation)) operation.Cancel();
    }

    /// <summary>Whether this very operation (not a later one under the same id) is still registered.</summary>
    public bool IsCurrent(SubscribedOperation operation) =>
        _operations.TryGetValue(operation.Id, out var current) && ReferenceEquals(current, operation);

    /// <summary>Unregisters the operation; true if it was still registered (so the client still expects its end).</summary>
    public bool Finish(SubscribedOperation operation) =>
        _operations.TryRemove(new KeyValuePair<string, SubscribedOperation>(operation.Id, operation));

    /// <summary>The connection closes: stops every operation and forgets them.</summary>
    public void CancelAll()
    {
        foreach (var operation in _operations.Values) operation.Cancel();
        _operations.Clear();
    }
}
