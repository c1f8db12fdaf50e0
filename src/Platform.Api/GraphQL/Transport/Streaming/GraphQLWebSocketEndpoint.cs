using GraphQL;
using Microsoft.Extensions.Options;
using Platform.Api.Realtime;

namespace Platform.Api.GraphQL.Transport.Streaming;

/// <summary>Accepts <c>graphql-transport-ws</c> WebSockets at <c>/graphql</c> (and <c>/t/{slug}/graphql</c>).</summary>
public sealed class GraphQLWebSocketEndpoint(
    OperationRunner runner,
    ConnectionAuthenticator authenticator,
    PlatformRateLimiter limiter,
    IGraphQLTextSerializer serializer,
    IOptions<RealtimeOptions> options,
    ILogger<WebSocketConnection> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        Operations.RequestLog.SetOperation(context, "(websocket)");
        var speaksProtocol = context.WebSockets.WebSocketRequestedProtocols.Contains(WsProtocol.SubProtocol, StringComparer.Ordinal);
        // Protocol-level pings only (graphql-transport-ws ping/pong); the WebSocket's own would double them.
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = speaksProtocol ? WsProtocol.SubProtocol : null,
            KeepAliveInterval = TimeSpan.Zero,
        });
        if (!speaksProtocol)
        {
            await socket.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)WsProtocol.SubprotocolNotAcceptable, "Subprotocol not acceptable: use graphql-transport-ws", context.RequestAborted);
            return;
        }

        using var connection = new WebSocketConnection(socket, context, runner, authenticator, limiter, serializer, options.Value, logger);
        await connection.RunAsync();
    }
}
