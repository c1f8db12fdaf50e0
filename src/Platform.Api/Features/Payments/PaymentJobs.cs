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

/// <summary>One organization's share of <see cref="ReconcilePaymentsJob"/>, with the organization current.</summary>
public sealed class PaymentReconciler(PlatformDbContext db, PaymentCoordinator coordinator, Modules.Payments.IPaymentGateway gateway, Microsoft.Extensions.Options.IOptions<PaymentOptions> options, TimeProvider clock, ILogger<PaymentReconciler> logger)
{
    public const int BatchSize = 200;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetDatabaseNow().AddMinutes(-options.Value.ReconcileAfterMinutes);
        var stale = await db.Payments.AsNoTracking()
            .Where(p => p.UpdatedAt < before && p.PaymentIntentId != null)
            .Where(p => (p.Status != Domain.IntentStatus.Succeeded && p.Status != Domain.IntentStatus.Canceled) || (p.Decision != PaymentDecision.None && p.CapturedAt == null && p.Status != Domain.IntentStatus.Canceled))
            .OrderBy(p => p.UpdatedAt).Select(p => p.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var refunds = await db.PaymentRefunds.AsNoTracking()
            .Where(r => r.UpdatedAt < before && (r.Status == RefundStatus.Requested || r.Status == RefundStatus.Pending))
            .Select(r => new { r.Id, r.PaymentId, r.StripeRefundId }).Take(BatchSize).ToListAsync(cancellationToken);

        foreach (var refund in refunds.Where(r => r.StripeRefundId is not null))
        {
            await Guard(async () => await coordinator.RecordRefundAsync(refund.Id, await gateway.GetRefundAsync(refund.StripeRefundId!, cancellationToken), clock.GetDatabaseNow(), cancellationToken), refund.PaymentId);
        }
        var payments = stale.Concat(refunds.Select(r => r.PaymentId)).Distinct().ToList();
        foreach (var paymentId in payments)
        {
            await Guard(async () =>
            {
                await coordinator.RefreshAsync(paymentId, cancellationToken);
                await coordinator.ConvergeAsync(paymentId, cancellationToken);
            }, paymentId);
        }
        return payments.Count;

        async Task Guard(Func<Task> repair, Guid paymentId)
        {
            try
            {
                await repair();
            }
            catch (Modules.Payments.PaymentGatewayException e)
            {
                logger.LogWarning("Reconciling payment {Payment} failed at Stripe ({Code}); next run tries again", paymentId, e.Code);
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
