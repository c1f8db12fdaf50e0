using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.GraphQL.Relay;

/// <summary>
/// Adds <c>node(id:)</c> and <c>nodes(ids:)</c> to the query type, resolved through the registered
/// <see cref="INodeSource"/>s.
/// </summary>
public static class NodeFields
{
    public const int MaxIds = 100;

    public static void AddNodeFields(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches an object by its global id; null when it does not exist or is not visible to you. Public: "
                + "each type shows what its lists show you (archived offerings, bookings, carts: only to those who may "
                + "see them).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => Load(context, context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches objects by global id, in order; null for each that does not exist or is not visible to you. "
                + $"At most {MaxIds} ids. Public, as node(id:).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds) throw new ExecutionError($"At most {MaxIds} ids per request.") { Code = "TOO_MANY_IDS" };
                return ids.Select(id => Load(context, id)).ToList();
            });
    }

    private static global::GraphQL.DataLoader.IDataLoaderResult<object?> Load(IResolveFieldContext context, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id)) return DataLoaderResult.FromValue<object?>(null);

        var sources = context.RequestServices!.GetRequiredService<IEnumerable<INodeSource>>();
        var source = sources.FirstOrDefault(s => s.TypeName == typeName);
        if (source is null) return DataLoaderResult.FromValue<object?>(null);

        var user = (PlatformUserContext)context.UserContext;
        var loader = context.RequestServices!.GetRequiredService<DataLoaderContext>()
            .GetOrAdd<Guid, object>("node:" + typeName, (ids, ct) => source.LoadAsync(ids, user, ct));
        return loader.Load(id);
    }
}
