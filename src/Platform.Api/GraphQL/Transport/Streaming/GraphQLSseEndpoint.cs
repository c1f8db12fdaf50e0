using System.Text;
using System.Threading.Channels;
using GraphQL;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Realtime;
using Platform.Tenancy;

namespace Platform.Api.GraphQL.Transport.Streaming;

/// <summary>
/// GraphQL over server-sent events, graphql-sse "distinct connections" mode: one request per
/// operation (POST, or GET for queries and subscriptions) with <c>Accept: text/event-stream</c>; results
/// arrive as <c>next</c> events and end with <c>complete</c>; closing the request ends a subscription.
/// Validation errors come as a <c>next</c> event too, as the protocol asks. Authentication and the
/// organization come from the request exactly as for GraphQL over HTTP.
/// </summary>
public sealed class GraphQLSseEndpoint(
    OperationRunner runner,
    DocumentProvider documents,
    IGraphQLTextSerializer serializer,
    ICurrentTenant currentTenant,
    IOptions<GraphQLOptions> graphQLOptions,
    IOptions<RealtimeOptions> options,
    TimeProvider clock)
{
    public const string MediaType = "text/event-stream";

    public static bool Wants(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains(MediaType, StringComparison.OrdinalIgnoreCase) == true);

    public async Task HandleAsync(HttpContext context)
    {
        var (request, error) = await GraphQLRequestReader.ReadAsync(context.Request, graphQLOptions.Value.MaxRequestBytes, context.RequestAborted);
        if (error is not null)
        {
            await WriteRefusalAsync(context, error);
            return;
        }

        // The same check as GraphQL over HTTP, on the resolved document: text, persisted id or APQ hash alike.
        // EventSource subscribes with GET, so subscriptions may; mutations may not.
        var resolved = documents.Resolve(request!);
        if (HttpMethods.IsGet(context.Request.Method) && resolved.Document is { } document
            && SafeMethod.Refuses(document, request!.OperationName, subscriptionsToo: true))
        {
            context.Response.Headers.Allow = "POST";
            await WriteRefusalAsync(context, GraphQLHttpEndpoint.MutationOverGet);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = MediaType + "; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.Body.FlushAsync(context.RequestAborted);

        using var session = new SseSession(context, options.Value.OutgoingQueueCapacity, clock);
        var caller = new StreamCaller(context.User, currentTenant.Tenant, session);
        var writer = session.WriteAsync(options.Value.KeepAliveInterval);
        try
        {
            var running = await runner.StartAsync(request!, resolved, caller, session.Stopping);
            if (running.Stream is not { } stream)
            {
                session.Send(Event("next", serializer.Serialize(running.Result)));
            }
            else
            {
                var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using var subscription = stream.Subscribe(new Observer(session, serializer, ended));
                await using var stop = session.Stopping.Register(() => ended.TrySetResult());
                await ended.Task;
            }

            session.Send(Event("complete", ""));
        }
        catch (OperationCanceledException) when (session.Stopping.IsCancellationRequested)
        {
            // The client closed the stream: that is how a subscription ends here.
        }
        finally
        {
            session.Finish();
            await writer;
        }
    }

    private async Task WriteRefusalAsync(HttpContext context, TransportError error)
    {
        context.Response.StatusCode = error.StatusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError(error.Message) { Code = error.Code }] };
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static byte[] Event(string name, string data) => Encoding.UTF8.GetBytes($"event: {name}\ndata: {data}\n\n");

    /// <summary>The response as a bounded outbox with one writer; a reader too slow to keep up is cut off.</summary>
    private sealed class SseSession(HttpContext context, int capacity, TimeProvider clock) : IStreamSession, IDisposable
    {
        private static readonly byte[] KeepAlive = Encoding.UTF8.GetBytes(":\n\n");
        private readonly Channel<byte[]> _outgoing = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(capacity) { SingleReader = true });
        private readonly CancellationTokenSource _stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);

        public CancellationToken Stopping => _stopping.Token;

        public void Send(byte[] frame)
        {
            if (!_outgoing.Writer.TryWrite(frame)) DropAsTooSlow();
        }

        public void DropAsTooSlow()
        {
            _outgoing.Writer.TryComplete();
            _stopping.Cancel();
            context.Abort();
        }

        public void Finish() => _outgoing.Writer.TryComplete();

        public void Dispose() => _stopping.Dispose();

        public async Task WriteAsync(TimeSpan keepAlive)
        {
            // One keep-alive timer for the stream's life, not a new delay per wake-up of the outbox:
            // it restarts only after it fired, so a busy stream sends no comments and allocates no timers.
            Task? idle = null;
            // Ends the pending keep-alive delay with the stream, instead of leaving its timer to run out.
            using var idleTimer = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            try
            {
                Task<bool>? wait = null;
                while (true)
                {
                    wait ??= _outgoing.Reader.WaitToReadAsync(context.RequestAborted).AsTask();
                    if (keepAlive > TimeSpan.Zero)
                    {
                        idle ??= Task.Delay(keepAlive, clock, idleTimer.Token);
                        if (await Task.WhenAny(wait, idle) == idle)
                        {
                            idle = null;
                            // A comment line keeps proxies from timing out an idle stream.
                            await context.Response.Body.WriteAsync(KeepAlive, context.RequestAborted);
                            await context.Response.Body.FlushAsync(context.RequestAborted);
                            continue;
                        }
                    }

                    var more = await wait;
                    wait = null;
                    if (!more) break;
                    while (_outgoing.Reader.TryRead(out var frame)) await context.Response.Body.WriteAsync(frame, context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                _stopping.Cancel();
            }
            finally
            {
                await idleTimer.CancelAsync();
            }
        }
    }

    private sealed class Observer(SseSession session, IGraphQLTextSerializer serializer, TaskCompletionSource ended) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => session.Send(Event("next", serializer.Serialize(value)));

        public void OnError(Exception error)
        {
            if (error is SubscriberTooSlowException) session.DropAsTooSlow();
            else session.Send(Event("next", serializer.Serialize(new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError("The event stream failed.")] })));
            ended.TrySetResult();
        }

        public void OnCompleted() => ended.TrySetResult();
    }
}
