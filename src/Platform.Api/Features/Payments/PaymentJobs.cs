using Hangfire;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Tenancy;

namespace Platform.Api.Features.Payments;

/// <summary>
/// Converges one payment in the background (after a host's confirmation, a cancellation, an expiry),
/// under the organization it was enqueued for. Retries quickly: a failed Stripe call is simply asked again
/// with the same idempotency key.
/// </summary>
public sealed class ConvergePaymentJob(PaymentCoordinator coordinator)
{
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [1, 2, 5, 10, 30, 60, 300, 900, 1800, 3600])]
    public Task RunAsync(Guid paymentId, CancellationToken cancellationToken) => coordinator.ConvergeAsync(paymentId, cancellationToken);
}

/// <summary>
/// Every few minutes, per organization: payments left unresolved longer than the threshold (awaiting
/// payment, authorized but undecided, a decision not yet carried out, a refund pending) are re-read from
/// Stripe and converged, so a webhook that never came still ends right.
/// </summary>
public sealed class ReconcilePaymentsJob(PlatformDbContext db, ICurrentTenant currentTenant, IServiceScopeFactory scopes, ILogger<ReconcilePaymentsJob> logger)
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

internal static class PaymentTenants
{
    /// <summary>Organizations that have started Stripe onboarding: only they can have payments.</summary>
    public static async Task<List<Guid>> PaymentAccountTenantsAsync(this PlatformDbContext db, CancellationToken cancellationToken) =>
        await db.StripeObjects.AsNoTracking().Where(r => r.Kind == StripeRoutes.Account).Select(r => r.OrganizationId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
}
