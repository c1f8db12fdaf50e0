using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Payments.Accounts;
using Platform.Api.Features.Payments.Coordination;
using Platform.Api.Features.Payments.Domain;
using Platform.Api.Features.Payments.Webhooks;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Reconciliation;

/// <summary>
/// One organization's share of <see cref="ReconcilePaymentsJob"/>, with the organization current: whatever a
/// webhook should have told and did not is read from Stripe — intents left unresolved, refunds still owed,
/// Checkout Sessions whose completion was lost (or that were abandoned), open disputes, payouts and the
/// account's own status.
/// </summary>
public sealed class PaymentReconciler(
    PlatformDbContext db,
    PaymentCoordinator coordinator,
    IPaymentGateway gateway,
    StripeInboxService inbox,
    PaymentAccountService accounts,
    IOptions<PaymentOptions> options,
    TimeProvider clock,
    ILogger<PaymentReconciler> logger
)
{
    public const int BatchSize = 200;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetDatabaseNow().AddMinutes(-options.Value.ReconcileAfterMinutes);
        var stale = await db
            .Payments.AsNoTracking()
            .Where(p => p.UpdatedAt < before && p.PaymentIntentId != null)
            .Where(p =>
                (p.Status != IntentStatus.Succeeded && p.Status != IntentStatus.Canceled)
                || (p.Decision != PaymentDecision.None && p.CapturedAt == null && p.Status != IntentStatus.Canceled)
            )
            .OrderBy(p => p.UpdatedAt)
            .Select(p => p.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var refunds = await db
            .PaymentRefunds.AsNoTracking()
            .Where(r => r.UpdatedAt < before && (r.Status == RefundStatus.Requested || r.Status == RefundStatus.Pending))
            .Select(r => new
            {
                r.Id,
                r.PaymentId,
                r.StripeRefundId,
            })
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var refund in refunds.Where(r => r.StripeRefundId is not null))
            await Guard(
                async () =>
                    await coordinator.RecordRefundAsync(
                        refund.Id,
                        await gateway.GetRefundAsync(refund.StripeRefundId!, cancellationToken),
                        clock.GetDatabaseNow(),
                        cancellationToken
                    ),
                refund.PaymentId
            );
        var payments = stale.Concat(refunds.Select(r => r.PaymentId)).Distinct().ToList();
        foreach (var paymentId in payments)
        {
            await Guard(
                async () =>
                {
                    await coordinator.RefreshAsync(paymentId, cancellationToken);
                    await coordinator.ConvergeAsync(paymentId, cancellationToken);
                },
                paymentId
            );
        }
        var sessions = await CheckoutSessionsAsync(before, cancellationToken);
        await DisputesAsync(before, cancellationToken);
        await AccountAndPayoutsAsync(cancellationToken);
        return payments.Count + sessions;
    }

    /// <summary>
    /// Checkout payments with no intent yet: a session that completed (its event lost) is linked and converged;
    /// one that expired ends the attempt; one still open after its holds ended is expired by convergence.
    /// </summary>
    private async Task<int> CheckoutSessionsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var open = await db
            .Payments.AsNoTracking()
            .Where(p =>
                p.PaymentIntentId == null && p.CheckoutSessionId != null && p.UpdatedAt < before && p.Status != IntentStatus.Canceled
            )
            .OrderBy(p => p.UpdatedAt)
            .Select(p => new
            {
                p.Id,
                p.TenantId,
                SessionId = p.CheckoutSessionId!,
            })
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var payment in open)
        {
            await Guard(
                async () =>
                {
                    var session = await gateway.GetCheckoutSessionAsync(payment.SessionId, cancellationToken);
                    var now = clock.GetDatabaseNow();
                    if (session.PaymentIntentId is { } intentId)
                    {
                        await db.RouteAsync(intentId, payment.TenantId, StripeRoutes.PaymentIntent, now, cancellationToken);
                        await db
                            .Payments.Where(p => p.Id == payment.Id && p.PaymentIntentId == null)
                            .ExecuteUpdateAsync(
                                u => u.SetProperty(p => p.PaymentIntentId, intentId).SetProperty(p => p.UpdatedAt, now),
                                cancellationToken
                            );
                        await inbox.WakeWaitingAsync(intentId, cancellationToken);
                        await coordinator.RefreshAsync(payment.Id, cancellationToken);
                    }
                    else if (session.Status == "expired")
                    {
                        await coordinator.ObserveAsync(
                            payment.Id,
                            new PaymentIntentInfo { Id = payment.SessionId, Status = "canceled" },
                            now,
                            cancellationToken
                        );
                    }
                    else
                    {
                        await db
                            .Payments.Where(p => p.Id == payment.Id)
                            .ExecuteUpdateAsync(u => u.SetProperty(p => p.UpdatedAt, now), cancellationToken);
                    }
                    await coordinator.ConvergeAsync(payment.Id, cancellationToken);
                },
                payment.Id
            );
        }
        return open.Count;
    }

    /// <summary>
    /// Open disputes are read again: a lost event about their outcome still ends them right (and a lost one is charged back).
    /// </summary>
    private async Task DisputesAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var open = await db
            .PaymentDisputes.AsNoTracking()
            .Where(d => d.UpdatedAt < before && d.Status != "won" && d.Status != "lost" && d.Status != "warning_closed")
            .Select(d => new
            {
                d.Id,
                d.PaymentId,
                d.StripeDisputeId,
            })
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var dispute in open)
        {
            await Guard(
                async () =>
                {
                    var seen = await gateway.GetDisputeAsync(dispute.StripeDisputeId, cancellationToken);
                    var now = clock.GetDatabaseNow();
                    await db
                        .PaymentDisputes.Where(d => d.Id == dispute.Id)
                        .ExecuteUpdateAsync(
                            u =>
                                u.SetProperty(d => d.Status, seen.Status)
                                    .SetProperty(d => d.Fee, seen.Fee)
                                    .SetProperty(d => d.Amount, seen.Amount)
                                    .SetProperty(d => d.UpdatedAt, now),
                            cancellationToken
                        );
                    await coordinator.ConvergeAsync(dispute.PaymentId, cancellationToken);
                },
                dispute.PaymentId
            );
        }
    }

    /// <summary>The account's status and its recent payouts, as Stripe holds them now.</summary>
    private async Task AccountAndPayoutsAsync(CancellationToken cancellationToken)
    {
        var account = await db.PaymentAccounts.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (account is null || account.DeauthorizedAt is not null)
            return;
        try
        {
            await accounts.RefreshAsync(account.StripeAccountId, cancellationToken);
            await UpsertPayoutsAsync(await gateway.ListPayoutsAsync(account.StripeAccountId, cancellationToken), cancellationToken);
        }
        catch (PaymentGatewayException e)
        {
            logger.LogWarning(
                "Reconciling account {Account} failed at Stripe ({Code}); next run tries again",
                account.StripeAccountId,
                e.Code
            );
        }
    }

    /// <summary>Stripe's view of recent payouts, in one read and one write; a payout in a final status is not changed.</summary>
    private async Task UpsertPayoutsAsync(IReadOnlyList<PayoutInfo> seen, CancellationToken cancellationToken)
    {
        if (seen.Count == 0)
            return;
        var ids = seen.Select(p => p.Id).ToList();
        var known = await db.Payouts.Where(p => ids.Contains(p.StripePayoutId)).ToDictionaryAsync(p => p.StripePayoutId, cancellationToken);
        var now = clock.GetDatabaseNow();
        foreach (var observed in seen)
        {
            if (!known.TryGetValue(observed.Id, out var payout))
            {
                payout = new Payout
                {
                    Id = Guid.CreateVersion7(),
                    StripePayoutId = observed.Id,
                    CreatedAt = observed.Created,
                };
                db.Payouts.Add(payout);
            }
            else if (payout.Status is "paid" or "failed" or "canceled")
                continue;
            payout.Amount = observed.Amount;
            payout.Currency = observed.Currency;
            payout.Status = observed.Status;
            payout.ArrivalDate = observed.ArrivalDate;
            payout.FailureCode = observed.FailureCode;
            payout.UpdatedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task Guard(Func<Task> repair, Guid paymentId)
    {
        try
        {
            await repair();
        }
        catch (PaymentGatewayException e)
        {
            logger.LogWarning("Reconciling payment {Payment} failed at Stripe ({Code}); next run tries again", paymentId, e.Code);
        }
    }
}
