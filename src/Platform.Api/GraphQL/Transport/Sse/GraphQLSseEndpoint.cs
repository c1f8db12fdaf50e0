using GraphQL;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Transport.Streaming;
using Platform.Api.Realtime;
using Platform.Tenancy;

namespace Platform.Api.GraphQL.Transport.Sse;

/// <summary>
/// GraphQL over server-sent events, graphql-sse "distinct connections" mode: one request per
/// operation (POST, or GET for queries and subscriptions) with <c>Accept: text/event-stream</c>; results
/// arrive as <c>next</c> events and end with <c>complete</c>; closing the request ends a subscription.
/// Validation errors come as a <c>next</c> event too, as the protocol asks. Authentication and the
/// organization come from the request exactly as for GraphQL over HTTP. Events are framed by
/// <see cref="System.Net.ServerSentEvents.SseFormatter"/> (<see cref="SseSession"/>). When the host stops, open
/// streams end without <c>complete</c>, so clients subscribe again to another instance.
/// </summary>
public sealed class GraphQLSseEndpoint(
    OperationRunner runner,
    DocumentProvider documents,
    IGraphQLTextSerializer serializer,
    ICurrentTenant currentTenant,
    IOptions<GraphQLOptions> graphQLOptions,
    IOptions<RealtimeOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime)
{
    public const string MediaType = "text/event-stream";

    public static bool Wants(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains(MediaType, StringComparison.OrdinalIgnoreCase) == true);

    public async Task HandleAsync(HttpContext context)
    {
        var (request, error) = await GraphQLRequestReader.ReadAsync(
            context.Request, graphQLOptions.Value.MaxRequestBytes, context.RequestAborted);
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
        var caller = new StreamCaller(context.User, currentTenant.Tenant);
        var writer = session.WriteAsync(options.Value.KeepAliveInterval);
        // SIGTERM: the stream ends (no `complete`) so the client subscribes again elsewhere; see SseSession.Drain.
        await using var drain = lifetime.ApplicationStopping.Register(session.Drain);
        try
        {
            var running = await runner.StartAsync(request!, resolved, caller, session.Stopping);
            if (running.Stream is not { } stream)
            {
                session.Send("next", serializer.Serialize(running.Result));
            }
            else
            {
                var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using var subscription = stream.Subscribe(new SseObserver(session, serializer, ended));
                await using var stop = session.Stopping.Register(() => ended.TrySetResult());
                await ended.Task;
            }

            if (!session.Draining) session.Send("complete", "");
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
        var result = new ExecutionResult
        {
            Executed = false,
            Errors = [new ExecutionError(error.Message) { Code = error.Code }],
        };
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
