using GraphQL.Types;

namespace Platform.Api.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: anything with a global id that <c>node(id:)</c> can refetch.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque id.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the object.");
    }
}
