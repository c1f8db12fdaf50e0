namespace Platform.Api.GraphQL.Relay;

/// <summary>
/// Loads nodes of one GraphQL type by their database ids, already restricted to what the caller may
/// see (tenant filter, RLS, ownership). Missing or invisible ids are simply absent from the result,
/// so <c>node(id:)</c> returns null without confirming that the object exists elsewhere.
/// </summary>
public interface INodeSource
{
    string TypeName { get; }

    Task<IReadOnlyDictionary<Guid, object>> LoadAsync(
        IReadOnlyCollection<Guid> ids, Execution.PlatformUserContext user, CancellationToken cancellationToken);
}
