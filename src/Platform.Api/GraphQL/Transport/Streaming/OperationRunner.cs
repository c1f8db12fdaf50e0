using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Execution;
using Platform.Tenancy;

namespace Platform.Api.GraphQL.Transport.Streaming;

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
            var userContext = await scope.ServiceProvider.GetRequiredService<UserContextFactory>()
                .CreateAsync(caller.Principal, cancellationToken);
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
            return result.Streams is { Count: > 0 } streams
                ? RunningOperation.Streaming(result, streams.Values.First())
                : RunningOperation.Answered(result);
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
