using Platform.Api.Data;
using Platform.Api.Features.Payments.Data;
using Platform.Tenancy;

namespace Platform.Api.Features.Payments.Reconciliation;

/// <summary>
/// Every few minutes, per organization: payments left unresolved longer than the threshold (awaiting
/// payment, authorized but undecided, a decision not yet carried out, a refund pending) are re-read from
/// Stripe and converged, so a webhook that never came still ends right.
/// </summary>
public sealed class ReconcilePaymentsJob(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    IServiceScopeFactory scopes,
    ILogger<ReconcilePaymentsJob> logger
)
{
    public const string RecurringId = "payments:reconcile";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var tenants = await db.PaymentAccountTenantsAsync(cancellationToken);
        foreach (var tenantId in tenants)
        {
            using (currentTenant.Change(tenantId))
            {
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    await scope.ServiceProvider.GetRequiredService<PaymentReconciler>().RunAsync(cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Payment reconciliation failed for organization {TenantId}", tenantId);
                }
            }
        }
    }
}
