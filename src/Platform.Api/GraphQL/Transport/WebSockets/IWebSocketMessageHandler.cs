namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// A subprotocol spoken over a <see cref="WebSocketConnection"/>: it is handed whole text messages, one at
/// a time and in order, and answers through the <see cref="IWebSocketConnection"/> it was made with.
/// </summary>
public interface IWebSocketMessageHandler
{
    /// <summary>The connection is open and its writer runs: start the protocol's timers.</summary>
    void OnOpened();

    /// <summary>One whole text message, within the size limit; the next is not read before this completes.</summary>
    Task OnMessageAsync(ReadOnlyMemory<byte> message);

    /// <summary>A binary message began; its frames are discarded. The handler decides whether to close.</summary>
    void OnBinaryMessage();

    /// <summary>The connection is closing or has ended: stop all work. Called at least once, maybe twice.</summary>
    void OnClosing();
}
