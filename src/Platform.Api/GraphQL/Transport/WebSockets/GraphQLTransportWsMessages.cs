using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;

namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>The messages the server sends in graphql-transport-ws, as UTF-8 JSON ready for the socket.</summary>
public static class GraphQLTransportWsMessages
{
    public static byte[] ConnectionAck() => Encoding.UTF8.GetBytes("""{"type":"connection_ack"}""");

    public static byte[] Ping() => Encoding.UTF8.GetBytes("""{"type":"ping"}""");

    public static byte[] Pong(JsonElement? payload) =>
        Encoding.UTF8.GetBytes(payload is { ValueKind: JsonValueKind.Object } p
            ? $$"""{"type":"pong","payload":{{p.GetRawText()}}}"""
            : """{"type":"pong"}""");

    public static byte[] Next(string id, IGraphQLTextSerializer serializer, ExecutionResult result) =>
        Encoding.UTF8.GetBytes($$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"next","payload":{{serializer.Serialize(result)}}}""");

    public static byte[] Complete(string id) => Encoding.UTF8.GetBytes($$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"complete"}""");

    /// <summary>An <c>error</c> message: the payload is the list of GraphQL errors, as the result would have carried them.</summary>
    public static byte[] Error(string id, IGraphQLTextSerializer serializer, ExecutionResult refused)
    {
        var errors = JsonNode.Parse(serializer.Serialize(refused))?["errors"]?.ToJsonString() ?? "[]";
        return Encoding.UTF8.GetBytes($$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"error","payload":{{errors}}}""");
    }

    public static byte[] Error(string id, string message, string code) =>
        Encoding.UTF8.GetBytes(new JsonObject
        {
            ["id"] = id,
            ["type"] = "error",
            ["payload"] = new JsonArray(new JsonObject { ["message"] = message, ["extensions"] = new JsonObject { ["code"] = code } }),
        }.ToJsonString());
}
