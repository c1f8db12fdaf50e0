using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using Microsoft.AspNetCore.Connections;
using OpenIddict.Abstractions;
using Platform.Api.GraphQL.Errors;
using Platform.Api.Realtime;

namespace Platform.Api.GraphQL.Transport.Streaming;

/// <summary>
/// One graphql-transport-ws connection. Reading, protocol checks and operations run on the request's
/// flow; every outgoing frame goes through one bounded queue drained by one writer (a WebSocket
/// allows one send at a time). A client that stops reading fills the queue and is closed with 1013;
/// protocol misuse closes with the protocol's codes; the server never throws a client's mistake.
/// </summary>
public sealed class WebSocketConnection : IStreamSession, IDisposable
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly OperationRunner _runner;
    private readonly ConnectionAuthenticator _authenticator;
    private readonly PlatformRateLimiter _limiter;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly RealtimeOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<byte[]> _outgoing;
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopReading = new();
    private readonly CancellationTokenSource _stopSending = new();
    private readonly CancellationTokenSource _lifetime = new();
    private CloseRequest? _close;
    private int _initReceived;
    private StreamCaller? _caller;

    public WebSocketConnection(WebSocket socket, HttpContext http, OperationRunner runner, ConnectionAuthenticator authenticator,
        PlatformRateLimiter limiter, IGraphQLTextSerializer serializer, RealtimeOptions options, ILogger logger)
    {
        _limiter = limiter;
        _socket = socket;
        _http = http;
        _runner = runner;
        _authenticator = authenticator;
        _serializer = serializer;
        _options = options;
        _logger = logger;
        _outgoing = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(options.OutgoingQueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public async Task RunAsync()
    {
        var writer = Task.Run(WriteAsync);
        _ = CloseUnlessInitializedAsync();
        _ = KeepAliveAsync();
        try
        {
            await ReadAsync();
        }
        finally
        {
            _lifetime.Cancel();
            foreach (var operation in _operations.Values) operation.Cancel();
            _operations.Clear();
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

    public void DropAsTooSlow() => RequestClose(WsProtocol.TryAgainLater, "Subscriber too slow");

    private async Task ReadAsync()
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
                    RequestClose(_socket.CloseStatus is { } status ? (int)status : WsProtocol.NormalClosure, "");
                    return;
                }

                if (_close is not null || discarding)
                {
                    discarding = !received.EndOfMessage;
                    continue;
                }

                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    RequestClose(WsProtocol.BadRequest, "Binary messages are not supported");
                    continue;
                }

                if (message.Length + received.Count > _options.MaxMessageBytes)
                {
                    RequestClose(WsProtocol.MessageTooBig, $"Message too big: at most {_options.MaxMessageBytes} bytes");
                    discarding = !received.EndOfMessage;
                    continue;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                var text = message.GetBuffer().AsMemory(0, (int)message.Length);
                await HandleAsync(text);
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

    private async Task HandleAsync(ReadOnlyMemory<byte> text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            RequestClose(WsProtocol.BadRequest, "Invalid message received: not JSON");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                RequestClose(WsProtocol.BadRequest, "Invalid message received: no type");
                return;
            }

            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p : null;
            if (payload is { } given && given.ValueKind != JsonValueKind.Object && typeElement.GetString() is "connection_init" or "ping" or "pong" or "subscribe")
            {
                RequestClose(WsProtocol.BadRequest, "Invalid message received: payload must be an object");
                return;
            }

            switch (typeElement.GetString())
            {
                case "connection_init":
                    await InitializeAsync(payload?.Clone());
                    break;
                case "ping":
                    Send(WsProtocol.Pong(payload));
                    break;
                case "pong":
                    break;
                case "subscribe":
                    Subscribe(root, payload);
                    break;
                case "complete":
                    if (IdOf(root) is { } id && _operations.TryRemove(id, out var operation)) operation.Cancel();
                    else if (IdOf(root) is null) RequestClose(WsProtocol.BadRequest, "Invalid message received: complete needs an id");
                    break;
                default:
                    RequestClose(WsProtocol.BadRequest, "Invalid message received: unknown type");
                    break;
            }
        }
    }

    private async Task InitializeAsync(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            RequestClose(WsProtocol.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        var outcome = await _authenticator.AuthenticateAsync(_http, payload, _lifetime.Token);
        if (outcome.Refusal is { } refusal)
        {
            RequestClose(WsProtocol.Forbidden, refusal);
            return;
        }

        _caller = new StreamCaller(outcome.Principal!, outcome.Tenant, this);
        Send(WsProtocol.ConnectionAck());
        if (outcome.Principal!.GetExpirationDate() is { } expires) _ = CloseWhenTokenExpiresAsync(expires);
    }

    private void Subscribe(JsonElement root, JsonElement? payload)
    {
        if (_caller is not { } caller)
        {
            RequestClose(WsProtocol.Unauthorized, "Unauthorized");
            return;
        }

        if (IdOf(root) is not { } id || payload is not { } body)
        {
            RequestClose(WsProtocol.BadRequest, "Invalid message received: subscribe needs an id and a payload");
            return;
        }

        var (request, error) = GraphQLRequestReader.FromPayload(body);
        if (error is not null)
        {
            RequestClose(WsProtocol.BadRequest, "Invalid message received: " + error.Message);
            return;
        }

        var operation = new Operation(id, _lifetime.Token);
        if (!_operations.TryAdd(id, operation))
        {
            RequestClose(WsProtocol.SubscriberAlreadyExists, $"Subscriber for {Truncate(id)} already exists");
            return;
        }

        if (_operations.Count > _options.MaxOperationsPerConnection)
        {
            _operations.TryRemove(new KeyValuePair<string, Operation>(id, operation));
            Send(WsProtocol.Error(id, $"At most {_options.MaxOperationsPerConnection} operations at once on one connection.", "TOO_MANY_OPERATIONS"));
            return;
        }

        // Each operation is a request like any over HTTP, from the same budget; the connection stays open.
        if (_limiter.TryAcquire(RateLimitKey.For(caller.Principal, caller.Tenant?.Id, _http.Connection.RemoteIpAddress)) is { } wait)
        {
            _operations.TryRemove(new KeyValuePair<string, Operation>(id, operation));
            operation.Dispose();
            Send(WsProtocol.Error(id, $"Too many requests; retry in {PlatformRateLimiter.Seconds(wait)} s.", RateLimitMiddleware.Code));
            return;
        }

        _ = RunOperationAsync(operation, request!, caller);
    }

    private async Task RunOperationAsync(Operation operation, GraphQLHttpRequest request, StreamCaller caller)
    {
        try
        {
            var running = await _runner.StartAsync(request, caller, operation.Token);
            if (running.Refused)
            {
                if (Finish(operation)) Send(WsProtocol.Error(operation.Id, _serializer, running.Result));
                return;
            }

            if (running.Stream is not { } stream)
            {
                if (!IsCurrent(operation)) return;
                Send(WsProtocol.Next(operation.Id, _serializer, running.Result));
                if (Finish(operation)) Send(WsProtocol.Complete(operation.Id));
                return;
            }

            var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var subscription = stream.Subscribe(new StreamObserver(this, operation, ended));
            await using var stop = operation.Token.Register(() => ended.TrySetResult());
            await ended.Task;
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            // The client completed it, or the connection is closing.
        }
        catch (Exception e)
        {
            var trouble = ServerTrouble.Of(e);
            if (trouble is null) _logger.LogError(e, "A WebSocket operation failed");
            else _logger.LogWarning("A WebSocket operation met database trouble: {Error}", e.GetBaseException().Message);
            var (message, code) = trouble is null
                ? ("The operation failed on the server.", MaskedErrorInfoProvider.InternalCode)
                : (trouble.Message, trouble.Code);
            if (Finish(operation)) Send(WsProtocol.Error(operation.Id, message, code));
        }
        finally
        {
            Finish(operation);
            operation.Dispose();
        }
    }

    private bool IsCurrent(Operation operation) => _operations.TryGetValue(operation.Id, out var current) && ReferenceEquals(current, operation);

    /// <summary>Unregisters the operation; true if it was still registered (so the client still expects its end).</summary>
    private bool Finish(Operation operation) => _operations.TryRemove(new KeyValuePair<string, Operation>(operation.Id, operation));

    private void Send(byte[] frame)
    {
        if (_close is not null) return;
        if (!_outgoing.Writer.TryWrite(frame)) DropAsTooSlow();
    }

    private void RequestClose(int code, string reason)
    {
        if (Interlocked.CompareExchange(ref _close, new CloseRequest(code, reason), null) is not null) return;
        foreach (var operation in _operations.Values) operation.Cancel();
        _outgoing.Writer.TryComplete();
        // The client has this long to answer our close frame before the socket is dropped.
        _stopSending.CancelAfter(CloseHandshakeTimeout);
        _stopReading.CancelAfter(CloseHandshakeTimeout);
    }

    private async Task WriteAsync()
    {
        try
        {
            await foreach (var frame in _outgoing.Reader.ReadAllAsync(CancellationToken.None))
            {
                if (_close is not null) break;
                await _socket.SendAsync(frame, WebSocketMessageType.Text, true, _stopSending.Token);
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

    private async Task CloseUnlessInitializedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _lifetime.Token);
            if (Volatile.Read(ref _initReceived) == 0) RequestClose(WsProtocol.ConnectionInitTimeout, "Connection initialisation timeout");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task KeepAliveAsync()
    {
        if (_options.KeepAliveInterval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(_options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_lifetime.Token)) Send(WsProtocol.Ping());
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task CloseWhenTokenExpiresAsync(DateTimeOffset expires)
    {
        try
        {
            // The host's clock, as everywhere else (tests move it), not the machine's.
            var wait = expires - _http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait < TimeSpan.FromDays(24) ? wait : TimeSpan.FromDays(24), _lifetime.Token);
            RequestClose(WsProtocol.Forbidden, "Forbidden: the access token expired");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static string? IdOf(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text ? text : null;

    private static string Truncate(string id) => id.Length <= 64 ? id : id[..64] + "…";

    private sealed record CloseRequest(int Code, string Reason);

    private sealed class Operation(string id, CancellationToken connection) : IDisposable
    {
        private readonly CancellationTokenSource _cancel = CancellationTokenSource.CreateLinkedTokenSource(connection);

        public string Id { get; } = id;

        public CancellationToken Token => _cancel.Token;

        public void Cancel()
        {
            try
            {
                _cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
            }
        }

        public void Dispose() => _cancel.Dispose();
    }

    /// <summary>Forwards a subscription's results as next / complete; a drop for slowness closes the connection.</summary>
    private sealed class StreamObserver(WebSocketConnection connection, Operation operation, TaskCompletionSource ended) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (connection.IsCurrent(operation)) connection.Send(WsProtocol.Next(operation.Id, connection._serializer, value));
        }

        public void OnError(Exception error)
        {
            if (error is SubscriberTooSlowException)
            {
                connection.DropAsTooSlow();
            }
            else if (connection.IsCurrent(operation))
            {
                var result = new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError("The event stream failed.")] };
                connection.Send(WsProtocol.Next(operation.Id, connection._serializer, result));
                if (connection.Finish(operation)) connection.Send(WsProtocol.Complete(operation.Id));
            }

            ended.TrySetResult();
        }

        public void OnCompleted()
        {
            if (connection.Finish(operation)) connection.Send(WsProtocol.Complete(operation.Id));
            ended.TrySetResult();
        }
    }
}
