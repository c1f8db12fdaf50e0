using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.AspNetCore.Connections;
using Platform.Api.Realtime;

namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// One WebSocket, whatever it speaks: reads frames into whole text messages (at most
/// <c>Realtime:MaxMessageBytes</c>) and hands them to an <see cref="IWebSocketMessageHandler"/> one at a
/// time; every outgoing message goes through one bounded queue drained by one writer (a WebSocket allows
/// one send at a time). A client that stops reading fills the queue and is closed with 1013; either side's
/// close runs the close handshake, bounded in time. The protocol itself lives in the handler.
/// </summary>
public sealed class WebSocketConnection : IWebSocketConnection, IDisposable
{
    /// <summary>RFC 6455 close codes the connection itself uses.</summary>
    public const int NormalClosure = 1000;

    /// <summary>The server is going away (shutting down): clients reconnect, to another instance.</summary>
    public const int GoingAway = 1001;

    public const int MessageTooBig = 1009;

    public const int TryAgainLater = 1013;

    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly int _maxMessageBytes;
    private readonly Channel<byte[]> _outgoing;
    private readonly CancellationTokenSource _stopReading = new();
    private readonly CancellationTokenSource _stopSending = new();
    private readonly CancellationTokenSource _lifetime = new();
    private IWebSocketMessageHandler? _handler;
    private CloseRequest? _close;

    public WebSocketConnection(WebSocket socket, HttpContext http, RealtimeOptions options)
    {
        _socket = socket;
        HttpContext = http;
        _maxMessageBytes = options.MaxMessageBytes;
        _outgoing = Channel.CreateBounded<byte[]>(
            new BoundedChannelOptions(options.OutgoingQueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public HttpContext HttpContext { get; }

    public CancellationToken Closed => _lifetime.Token;

    /// <summary>Runs the connection until it ends, handing its messages to <paramref name="handler"/>.</summary>
    public async Task RunAsync(IWebSocketMessageHandler handler)
    {
        _handler = handler;
        var writer = Task.Run(WriteAsync);
        handler.OnOpened();
        try
        {
            await ReadAsync(handler);
        }
        finally
        {
            _lifetime.Cancel();
            handler.OnClosing();
            _outgoing.Writer.TryComplete();
            await writer;
        }
    }

    public void Dispose()
    {
        _lifetime.Dispose();
        _stopReading.Dispose();
        _stopSending.Dispose();
    }

    public void Send(byte[] message)
    {
        if (_close is not null) return;
        if (!_outgoing.Writer.TryWrite(message)) DropAsTooSlow();
    }

    public void DropAsTooSlow() => Close(TryAgainLater, "Subscriber too slow");

    public void Close(int code, string reason)
    {
        if (Interlocked.CompareExchange(ref _close, new CloseRequest(code, reason), null) is not null) return;
        _handler?.OnClosing();
        _outgoing.Writer.TryComplete();
        // The client has this long to answer our close frame before the socket is dropped.
        _stopSending.CancelAfter(CloseHandshakeTimeout);
        _stopReading.CancelAfter(CloseHandshakeTimeout);
    }

    private async Task ReadAsync(IWebSocketMessageHandler handler)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1024);
        using var message = new MemoryStream();
        var discarding = false;
        try
        {
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var received = await _socket.ReceiveAsync(buffer.AsMemory(), _stopReading.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    // The client closes: answer with its code (the close handshake), then stop.
                    Close(_socket.CloseStatus is { } status ? (int)status : NormalClosure, "");
                    return;
                }

                if (_close is not null || discarding)
                {
                    discarding = !received.EndOfMessage;
                    continue;
                }

                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    handler.OnBinaryMessage();
                    discarding = !received.EndOfMessage;
                    continue;
                }

                if (message.Length + received.Count > _maxMessageBytes)
                {
                    Close(MessageTooBig, $"Message too big: at most {_maxMessageBytes} bytes");
                    discarding = !received.EndOfMessage;
                    continue;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                await handler.OnMessageAsync(message.GetBuffer().AsMemory(0, (int)message.Length));
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException or ConnectionAbortedException)
        {
            // The client went away, or did not finish the close handshake in time.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task WriteAsync()
    {
        try
        {
            await foreach (var message in _outgoing.Reader.ReadAllAsync(CancellationToken.None))
            {
                if (_close is not null) break;
                await _socket.SendAsync(message, WebSocketMessageType.Text, true, _stopSending.Token);
            }

            if (_close is { } close && _socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)close.Code, close.Reason, _stopSending.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException or ConnectionAbortedException)
        {
            _socket.Abort();
        }
        finally
        {
            // Nothing more will be written: stop reading too, unless a close handshake is still being answered.
            if (_close is null) _stopReading.Cancel();
        }
    }

    private sealed record CloseRequest(int Code, string Reason);
}
