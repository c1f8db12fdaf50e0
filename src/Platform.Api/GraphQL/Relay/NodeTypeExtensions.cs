using GraphQL.Types;

namespace Platform.Api.GraphQL.Relay;

public static class NodeTypeExtensions
{
    /// <summary>Makes an object type a Relay node: implements <c>Node</c>, recognises its CLR type, exposes the global id.</summary>
    public static void ImplementNode<T>(this ObjectGraphType<T> type, string typeName, Func<T, Guid> id)
    {
        type.Name = typeName;
        type.Interface<NodeInterface>();
        type.IsTypeOf = value => value is T;
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(typeName, id(context.Source)));
    }
}
