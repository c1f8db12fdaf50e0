using System.Text.Json;
using GraphQL;
using OpenIddict.Abstractions;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Transport.Streaming;
using Platform.Api.Realtime;
using Codes = Platform.Api.GraphQL.Transport.WebSockets.GraphQLTransportWsCloseCodes;
using Messages = Platform.Api.GraphQL.Transport.WebSockets.GraphQLTransportWsMessages;
using MessageType = Platform.Api.GraphQL.Transport.WebSockets.GraphQLTransportWsMessageType;

namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// The graphql-transport-ws protocol on one connection: <c>connection_init</c> (once, within the init
/// timeout) authenticates and is acknowledged; <c>subscribe</c> starts an operation under its id,
/// <c>complete</c> stops it; results go out as <c>next</c> / <c>error</c> / <c>complete</c>; pings are
/// answered and sent. Misuse closes the connection with the protocol's codes; the server never throws
/// a client's mistake.
/// </summary>
public sealed class GraphQLTransportWsProtocol(
    IWebSocketConnection connection,
    OperationRunner runner,
    ConnectionAuthenticator authenticator,
    PlatformRateLimiter limiter,
    IGraphQLTextSerializer serializer,
    RealtimeOptions options,
    TimeProvider clock,
    ILogger<GraphQLTransportWsProtocol> logger) : IWebSocketMessageHandler
{
    public const string SubProtocol = "graphql-transport-ws";

    private readonly OperationRegistry _operations = new();
    private int _initReceived;
    private StreamCaller? _caller;

    public void OnOpened()
    {
        _ = CloseUnlessInitializedAsync();
        _ = KeepAliveAsync();
    }

    public void OnBinaryMessage() => connection.Close(Codes.BadRequest, "Binary messages are not supported");

    public void OnClosing() => _operations.CancelAll();

    public async Task OnMessageAsync(ReadOnlyMemory<byte> message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            connection.Close(Codes.BadRequest, "Invalid message received: not JSON");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                connection.Close(Codes.BadRequest, "Invalid message received: no type");
                return;
            }

            var type = typeElement.GetString();
            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p : null;
            if (payload is { } given && given.ValueKind != JsonValueKind.Object
                && type is MessageType.ConnectionInit or MessageType.Ping or MessageType.Pong or MessageType.Subscribe)
            {
                connection.Close(Codes.BadRequest, "Invalid message received: payload must be an object");
                return;
            }

            switch (type)
            {
                case MessageType.ConnectionInit:
                    await InitializeAsync(payload?.Clone());
                    break;
                case MessageType.Ping:
                    connection.Send(Messages.Pong(payload));
                    break;
                case MessageType.Pong:
                    break;
                case MessageType.Subscribe:
                    await SubscribeAsync(root, payload);
                    break;
                case MessageType.Complete:
                    if (IdOf(root) is { } id) _operations.Cancel(id);
                    else connection.Close(Codes.BadRequest, "Invalid message received: complete needs an id");
                    break;
                default:
                    connection.Close(Codes.BadRequest, "Invalid message received: unknown type");
                    break;
            }
        }
    }

    private async Task InitializeAsync(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            connection.Close(Codes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        var outcome = await authenticator.AuthenticateAsync(connection.HttpContext, payload, connection.Closed);
        if (outcome.Refusal is { } refusal)
        {
            connection.Close(Codes.Forbidden, refusal);
            return;
        }

        _caller = new StreamCaller(outcome.Principal!, outcome.Tenant);
        connection.Send(Messages.ConnectionAck());
        if (outcome.Principal!.GetExpirationDate() is { } expires) _ = CloseWhenTokenExpiresAsync(expires);
    }

    private async Task SubscribeAsync(JsonElement root, JsonElement? payload)
    {
        if (_caller is not { } caller)
        {
            connection.Close(Codes.Unauthorized, "Unauthorized");
            return;
        }

        if (IdOf(root) is not { } id || payload is not { } body)
        {
            connection.Close(Codes.BadRequest, "Invalid message received: subscribe needs an id and a payload");
            return;
        }

        var (request, error) = GraphQLRequestReader.FromPayload(body);
        if (error is not null)
        {
            connection.Close(Codes.BadRequest, "Invalid message received: " + error.Message);
            return;
        }

        var operation = new SubscribedOperation(id, connection.Closed);
        if (!_operations.TryAdd(operation))
        {
            connection.Close(Codes.SubscriberAlreadyExists, $"Subscriber for {Truncate(id)} already exists");
            return;
        }

        if (_operations.Count > options.MaxOperationsPerConnection)
        {
            _operations.Finish(operation);
            var tooMany = $"At most {options.MaxOperationsPerConnection} operations at once on one connection.";
            connection.Send(Messages.Error(id, tooMany, "TOO_MANY_OPERATIONS"));
            return;
        }

        // Each operation is a request like any over HTTP, from the same budget; the connection stays open.
        var budget = RateLimitKey.For(caller.Principal, caller.Tenant?.Id, connection.HttpContext.Connection.RemoteIpAddress);
        if (await limiter.TryAcquireAsync(budget, connection.Closed) is { } wait)
        {
            _operations.Finish(operation);
            operation.Dispose();
            var message = $"Too many requests; retry in {PlatformRateLimiter.Seconds(wait)} s.";
            connection.Send(Messages.Error(id, message, RateLimitMiddleware.Code));
            return;
        }

        _ = RunAsync(operation, request!, caller);
    }

    private async Task RunAsync(SubscribedOperation operation, GraphQLHttpRequest request, StreamCaller caller)
    {
        try
        {
            var running = await runner.StartAsync(request, caller, operation.Token);
            if (running.Refused)
            {
                if (_operations.Finish(operation)) connection.Send(Messages.Error(operation.Id, serializer, running.Result));
                return;
            }

            if (running.Stream is not { } stream)
            {
                if (!_operations.IsCurrent(operation)) return;
                connection.Send(Messages.Next(operation.Id, serializer, running.Result));
                if (_operations.Finish(operation)) connection.Send(Messages.Complete(operation.Id));
                return;
            }

            var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var subscription = stream.Subscribe(new OperationObserver(connection, _operations, serializer, operation, ended));
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
            if (trouble is null) logger.LogError(e, "A WebSocket operation failed");
            else logger.LogWarning("A WebSocket operation met database trouble: {Error}", e.GetBaseException().Message);
            var (message, code) = trouble is null
                ? ("The operation failed on the server.", MaskedErrorInfoProvider.InternalCode)
                : (trouble.Message, trouble.Code);
            if (_operations.Finish(operation)) connection.Send(Messages.Error(operation.Id, message, code));
        }
        finally
        {
            _operations.Finish(operation);
            operation.Dispose();
        }
    }

    private async Task CloseUnlessInitializedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, connection.Closed);
            if (Volatile.Read(ref _initReceived) == 0)
                connection.Close(Codes.ConnectionInitTimeout, "Connection initialisation timeout");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task KeepAliveAsync()
    {
        if (options.KeepAliveInterval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(connection.Closed)) connection.Send(Messages.Ping());
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
            var wait = expires - clock.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait < TimeSpan.FromDays(24) ? wait : TimeSpan.FromDays(24), connection.Closed);
            connection.Close(Codes.Forbidden, "Forbidden: the access token expired");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static string? IdOf(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static string Truncate(string id) => id.Length <= 64 ? id : id[..64] + "…";
}
