using GraphQL;
using GraphQL.Execution;
using Platform.Api.GraphQL.Execution;
using Platform.Tenancy;

namespace Platform.Api.GraphQL.Transport.Streaming;

/// <summary>
/// Subscriptions with a fresh DI scope per event: each event's selection set is resolved with its
/// own DbContext and DataLoaders (nothing cached from an earlier event, no DbContext shared between
/// events processed side by side), under the subscriber's tenant and user; children run serially
/// because a DbContext is not thread-safe.
/// </summary>
public sealed class ScopedSubscriptionExecutionStrategy(IServiceScopeFactory scopes, ICurrentTenant currentTenant)
    : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(
        global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        var caller = (PlatformUserContext)context.UserContext;
        using var tenant = currentTenant.Change(caller.Tenant);
        using var user = currentTenant.ChangeUser(caller.UserId);
        await using var scope = scopes.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessDataAsync(context, node, value);
    }
}
