namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>The <c>type</c> of every graphql-transport-ws message, in either direction.</summary>
public static class GraphQLTransportWsMessageType
{
    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}
