using Hangfire.Client;
using Hangfire.Common;
using Hangfire.Server;

namespace Platform.Tenancy.Jobs;

/// <summary>
/// Carries the current tenant into background jobs: the client side stores it as a job parameter
/// when the job is created, the server side restores it before the job runs and drops it after.
/// </summary>
public sealed class TenantJobFilter(ICurrentTenant currentTenant) : JobFilterAttribute, IClientFilter, IServerFilter
{
    public const string Parameter = "TenantId";
    private const string ScopeKey = "Platform.TenantScope";

    public void OnCreating(CreatingContext context)
    {
        if (currentTenant.Id is { } id) context.SetJobParameter(Parameter, id);
    }

    public void OnCreated(CreatedContext context)
    {
    }

    public void OnPerforming(PerformingContext context)
    {
        var id = context.GetJobParameter<Guid?>(Parameter);
        // Always change, even to null, so a worker thread never runs a job under a leftover tenant.
        context.Items[ScopeKey] = currentTenant.Change(id);
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(ScopeKey, out var scope) && scope is IDisposable disposable) disposable.Dispose();
    }
}
