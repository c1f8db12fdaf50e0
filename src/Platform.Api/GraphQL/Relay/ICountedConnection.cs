namespace Platform.Api.GraphQL.Relay;

/// <summary>A page that can count its whole list, ignoring pagination, when <c>totalCount</c> is asked for (and only then).</summary>
public interface ICountedConnection
{
    Task<int> CountAsync(CancellationToken cancellationToken);
}
