namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// What a protocol may do with its WebSocket: queue a message, ask for the close handshake. Every member
/// is thread-safe; once a close was asked for, the first request wins and later messages are dropped.
/// </summary>
public interface IWebSocketConnection
{
    /// <summary>The upgrade request: its user, its services, its organization from the URL.</summary>
    HttpContext HttpContext { get; }

    /// <summary>Cancelled when the connection has ended.</summary>
    CancellationToken Closed { get; }

    /// <summary>Queues one text message; a client too slow to take them is closed with 1013.</summary>
    void Send(byte[] message);

    /// <summary>Starts the close handshake with this code and reason (the first request wins).</summary>
    void Close(int code, string reason);

    /// <summary>The client is too slow for what it subscribed to: close with 1013, clearly.</summary>
    void DropAsTooSlow();
}
