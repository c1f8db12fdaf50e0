using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Execution;
using Platform.Tenancy;

namespace Platform.Api.GraphQL.Transport.Streaming;

/// <summary>Who runs operations on a long-lived connection, fixed when it was opened (WebSocket init, SSE request).</summary>
public sealed record StreamCaller(ClaimsPrincipal Principal, Tenant? Tenant, IStreamSession Session);

/// <summary>What the streaming transports need from their connection: a way to drop it when it cannot keep up.</summary>
public interface IStreamSession
{
    /// <summary>The connection is too slow for what it subscribed to: close it, clearly.</summary>
    void DropAsTooSlow();
}

/// <summary>
/// Runs one GraphQL operation for the WebSocket and SSE transports: its own DI scope (DbContext,
/// DataLoaders) while it executes (a subscription: while it subscribes), under the connection's tenant and user, with
/// the same document cache, persisted documents and limits as GraphQL over HTTP.
/// </summary>
public sealed class OperationRunner(
    IDocumentExecuter<PlatformSchema> executer,
    IGraphQLTextSerializer serializer,
    DocumentProvider documents,
    IOptions<GraphQLOptions> options,
    IServiceScopeFactory scopes,
    ICurrentTenant currentTenant)
{
    public const string SessionKey = "platform.stream-session";

    public Task<RunningOperation> StartAsync(GraphQLHttpRequest request, StreamCaller caller, CancellationToken cancellationToken) =>
        StartAsync(request, documents.Resolve(request), caller, cancellationToken);

    /// <summary>Runs a document the transport already resolved (and checked, e.g. that a GET selects no mutation).</summary>
    public async Task<RunningOperation> StartAsync(GraphQLHttpRequest request,
        (GraphQLParser.AST.GraphQLDocument? Document, string? Text, ExecutionError? Error) resolved,
        StreamCaller caller, CancellationToken cancellationToken)
    {
        var (document, text, documentError) = resolved;
        if (documentError is not null) return RunningOperation.Failed(new ExecutionResult { Executed = false, Errors = [documentError] });

        using var tenant = currentTenant.Change(caller.Tenant);
        using var user = currentTenant.ChangeUser(UserIdOf(caller.Principal));
        var scope = scopes.CreateAsyncScope();
        try
        {
            var userContext = await scope.ServiceProvider.GetRequiredService<UserContextFactory>().CreateAsync(caller.Principal, cancellationToken);
            userContext[SessionKey] = caller.Session;
            var result = await executer.ExecuteAsync(execution =>
            {
                execution.Document = document;
                execution.Query = text;
                execution.OperationName = request.OperationName;
                execution.Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null;
                execution.Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null;
                execution.UserContext = userContext;
                execution.User = caller.Principal;
                execution.RequestServices = scope.ServiceProvider;
                execution.CancellationToken = cancellationToken;
                // A subscription lives as long as its client wants; only its subscribe step is bounded.
                execution.Timeout = options.Value.ExecutionTimeout;
                execution.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            });

            // A subscription has done its scoped work by now (checks, loading what it follows); each
            // event gets a fresh scope of its own, so this one need not live as long as the stream.
            await scope.DisposeAsync();
            return result.Streams is { Count: > 0 } streams ? RunningOperation.Streaming(result, streams.Values.First()) : RunningOperation.Answered(result);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    private static Guid? UserIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(OpenIddict.Abstractions.OpenIddictConstants.Claims.Subject), out var id) ? id : null;
}

/// <summary>An operation that answered once (query, mutation, or refused), or a subscription's stream.</summary>
public sealed class RunningOperation
{
    private RunningOperation(ExecutionResult result, IObservable<ExecutionResult>? stream)
    {
        Result = result;
        Stream = stream;
    }

    /// <summary>The single result; for a stream, the result of subscribing (no data).</summary>
    public ExecutionResult Result { get; }

    public IObservable<ExecutionResult>? Stream { get; }

    /// <summary>
    /// Refused before anything ran (parse, validation, authorization), or a subscription that could
    /// not subscribe: graphql-transport-ws sends these as <c>error</c>, not <c>next</c>.
    /// </summary>
    public bool Refused => Stream is null && Result.Errors is { Count: > 0 } && (!Result.Executed || Result.Operation?.Operation == GraphQLParser.AST.OperationType.Subscription);

    public static RunningOperation Failed(ExecutionResult result) => new(result, null);

    public static RunningOperation Answered(ExecutionResult result) => new(result, null);

    public static RunningOperation Streaming(ExecutionResult result, IObservable<ExecutionResult> stream) => new(result, stream);
}
