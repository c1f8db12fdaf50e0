using GraphQL.Types.Relay.DataObjects;

namespace Platform.Api.GraphQL.Relay;

/// <summary>A page that can count its whole list, ignoring pagination, when <c>totalCount</c> is asked for (and only then).</summary>
public interface ICountedConnection
{
    Task<int> CountAsync(CancellationToken cancellationToken);
}

/// <summary>A Relay page whose <c>totalCount</c> runs <paramref name="count"/> lazily (see <c>SchemaConventions</c>).</summary>
public sealed class CountedConnection<T>(Func<CancellationToken, Task<int>> count) : Connection<T>, ICountedConnection
{
    public Task<int> CountAsync(CancellationToken cancellationToken) => count(cancellationToken);
}
