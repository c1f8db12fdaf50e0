using System.Net.WebSockets;
using GraphQL;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Transport.Streaming;
using Platform.Api.Realtime;

namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// Accepts <c>graphql-transport-ws</c> WebSockets at <c>/graphql</c> (and <c>/t/{slug}/graphql</c>): a
/// <see cref="WebSocketConnection"/> carries the protocol, <see cref="GraphQLTransportWsProtocol"/> speaks it.
/// When the host stops (SIGTERM) every connection is closed with 1001 (going away), so clients reconnect to
/// another instance while this one drains, within the host's shutdown timeout.
/// </summary>
public sealed class GraphQLWebSocketEndpoint(
    OperationRunner runner,
    ConnectionAuthenticator authenticator,
    PlatformRateLimiter limiter,
    IGraphQLTextSerializer serializer,
    IOptions<RealtimeOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLTransportWsProtocol> logger)
{
    public const string ShuttingDown = "Server shutting down";

    public async Task HandleAsync(HttpContext context)
    {
        Operations.RequestLog.SetOperation(context, "(websocket)");
        var speaksProtocol = context.WebSockets.WebSocketRequestedProtocols
            .Contains(GraphQLTransportWsProtocol.SubProtocol, StringComparer.Ordinal);
        // Protocol-level pings only (graphql-transport-ws ping/pong); the WebSocket's own would double them.
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = speaksProtocol ? GraphQLTransportWsProtocol.SubProtocol : null,
            KeepAliveInterval = TimeSpan.Zero,
        });
        if (!speaksProtocol)
        {
            await socket.CloseAsync((WebSocketCloseStatus)GraphQLTransportWsCloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable: use graphql-transport-ws", context.RequestAborted);
            return;
        }

        using var connection = new WebSocketConnection(socket, context, options.Value);
        var protocol = new GraphQLTransportWsProtocol(connection, runner, authenticator, limiter, serializer, options.Value, clock, logger);
        // Registered on a token already cancelled, the close happens at once: a socket accepted while stopping goes too.
        await using var drain = lifetime.ApplicationStopping.Register(() => connection.Close(WebSocketConnection.GoingAway, ShuttingDown));
        await connection.RunAsync(protocol);
    }
}
