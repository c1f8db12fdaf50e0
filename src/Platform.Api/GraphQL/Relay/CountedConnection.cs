using GraphQL.Types.Relay.DataObjects;

namespace Platform.Api.GraphQL.Relay;

/// <summary>A Relay page whose <c>totalCount</c> runs <paramref name="count"/> lazily (see <c>SchemaConventions</c>).</summary>
public sealed class CountedConnection<T>(Func<CancellationToken, Task<int>> count) : Connection<T>, ICountedConnection
{
    public Task<int> CountAsync(CancellationToken cancellationToken) => count(cancellationToken);
}
