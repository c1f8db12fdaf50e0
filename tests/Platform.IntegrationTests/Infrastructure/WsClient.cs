using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// A raw graphql-transport-ws client over ClientWebSocket: tests see every frame and the close
/// code, and can send what a well-behaved client never would. Server pings are answered and hidden.
/// </summary>
public sealed class WsClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonNode> _incoming = Channel.CreateUnbounded<JsonNode>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private Task _reader = Task.CompletedTask;

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public string? SubProtocol => _socket.SubProtocol;

    /// <param name="from">A loopback address to connect from (<see cref="Loopback"/>), to be another client.</param>
    public static async Task<WsClient> ConnectAsync(Uri baseAddress, string? slug = null, string? protocol = "graphql-transport-ws",
        string? bearer = null, System.Net.IPAddress? from = null)
    {
        var client = new WsClient();
        if (protocol is not null) client._socket.Options.AddSubProtocol(protocol);
        if (bearer is not null) client._socket.Options.SetRequestHeader("Authorization", "Bearer " + bearer);
        var path = slug is null ? "/graphql" : $"/t/{slug}/graphql";
        var uri = new UriBuilder(baseAddress) { Scheme = "ws", Path = path }.Uri;
        if (from is null) await client._socket.ConnectAsync(uri, CancellationToken.None);
        else await client._socket.ConnectAsync(uri, new HttpMessageInvoker(Loopback.Handler(from)), CancellationToken.None);
        client._reader = client.ReadAsync();
        return client;
    }

    /// <summary>Connects, sends connection_init and waits for the ack.</summary>
    public static async Task<WsClient> OpenAsync(Uri baseAddress, string? token, string? slug, System.Net.IPAddress? from = null)
    {
        var client = await ConnectAsync(baseAddress, slug, from: from);
        await client.SendAsync(new { type = "connection_init", payload = token is null ? null : new { authorization = "Bearer " + token } });
        var ack = await client.ReceiveAsync();
        Assert.True(ack?["type"]?.GetValue<string>() == "connection_ack", ack?.ToJsonString() ?? $"closed {client.CloseStatus} {client.CloseReason}");
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text) => await SendRawAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public async Task SendRawAsync(byte[] bytes, WebSocketMessageType type)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, type, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message, or null when the socket closed first (or nothing came in time).</summary>
    public async Task<JsonNode?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? Patience);
        try
        {
            return await _incoming.Reader.ReadAsync(cancel.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>The next message of <paramref name="type"/> for <paramref name="id"/>; fails on anything else.</summary>
    public async Task<JsonNode> ExpectAsync(string type, string id, TimeSpan? timeout = null)
    {
        var message = await ReceiveAsync(timeout);
        Assert.True(message is not null, $"expected {type} for {id}, got nothing (close {CloseStatus} {CloseReason})");
        Assert.True(message!["type"]?.GetValue<string>() == type && message["id"]?.GetValue<string>() == id, $"expected {type} for {id}, got {message.ToJsonString()}");
        return message;
    }

    /// <summary>Asserts that nothing arrives for <paramref name="quiet"/>.</summary>
    public async Task AssertSilentAsync(TimeSpan quiet)
    {
        var message = await ReceiveAsync(quiet);
        Assert.True(message is null, "expected silence, got " + message?.ToJsonString());
    }

    /// <summary>Waits until the server closes the socket; returns its close code.</summary>
    public async Task<int?> ClosedAsync(TimeSpan? timeout = null)
    {
        await _reader.WaitAsync(timeout ?? Patience);
        return (int?)_socket.CloseStatus;
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (_socket.State == WebSocketState.CloseReceived)
                        await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                var node = JsonNode.Parse(message.ToArray())!;
                message.SetLength(0);
                if (node["type"]?.GetValue<string>() == "ping")
                {
                    await SendAsync(new { type = "pong" });
                    continue;
                }

                await _incoming.Writer.WriteAsync(node);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _incoming.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
                await _reader.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or TimeoutException)
            {
            }
        }

        _socket.Dispose();
        _sendLock.Dispose();
    }
}
