using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Outbox;
using Platform.Api.Features.Payments.Coordination;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Webhooks;

/// <summary>Events about the connected account's money outside one payment's flow: disputes, deauthorization and payouts.</summary>
public sealed partial class StripeEventProcessor
{
    private async Task<string> DisputeAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payment = await PaymentOfAsync(e.PaymentIntentId, cancellationToken);
        if (payment is null)
            return "ignored: no payment for this intent here";
        var dispute = await db.PaymentDisputes.SingleOrDefaultAsync(d => d.StripeDisputeId == e.ObjectId, cancellationToken);
        if (dispute is null)
        {
            dispute = new PaymentDispute
            {
                Id = Guid.CreateVersion7(),
                PaymentId = payment.Id,
                StripeDisputeId = e.ObjectId!,
                CreatedAt = e.Created,
            };
            db.PaymentDisputes.Add(dispute);
        }
        else if (Stale(dispute.Status, dispute.LastEventAt, e, DisputeFinal))
            return "ignored: older than the dispute's state";
        dispute.Amount = e.Amount ?? dispute.Amount;
        dispute.Currency = e.Currency ?? dispute.Currency;
        dispute.Status = e.Status ?? dispute.Status;
        dispute.Reason = e.Reason ?? dispute.Reason;
        dispute.Fee = e.DisputeFee ?? dispute.Fee;
        dispute.LastEventAt = e.Created;
        dispute.UpdatedAt = clock.GetDatabaseNow();
        // Flag the bookings; the administrators' notification reads this event from the trail.
        var bookings = await db.Bookings.Where(b => b.PaymentId == payment.Id).ToListAsync(cancellationToken);
        foreach (var booking in bookings)
        {
            var flag =
                e.Type == "charge.dispute.closed"
                    ? $"Dispute {dispute.Status}."
                    : $"Disputed by the cardholder ({dispute.Reason ?? "no reason given"}); respond in the Stripe dashboard.";
            transitions.Flag(booking, flag);
            transitions.NotePaymentChange(
                booking,
                flag,
                clock.GetDatabaseNow(),
                new
                {
                    dispute = dispute.StripeDisputeId,
                    // Notifications tell administrators about a dispute once, when it opens.
                    opened = e.Type == "charge.dispute.created",
                    dispute.Status,
                    dispute.Amount,
                    dispute.Currency,
                }
            );
        }
        await db.SaveChangesAsync(cancellationToken);
        await coordinator.ConvergeAsync(payment.Id, cancellationToken);
        return "applied";
    }

    /// <summary>
    /// The organization disconnected the platform from its Stripe account: no new paid holds, and what is only
    /// authorized is settled (<see cref="PaymentCoordinator.SettleDisconnectedAsync"/>).
    /// </summary>
    private async Task<string> DeauthorizedAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var outcome = await accounts.DeauthorizeAsync(e, cancellationToken);
        var open = await db
            .Payments.AsNoTracking()
            .Where(p => p.CapturedAt == null && p.Status != Domain.IntentStatus.Canceled && p.Status != Domain.IntentStatus.Succeeded)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        foreach (var paymentId in open)
            await coordinator.SettleDisconnectedAsync(paymentId, cancellationToken);
        logger.LogWarning("Account {Account} disconnected the platform; {Count} open payments were settled", e.AccountId, open.Count);
        return outcome;
    }

    private async Task<string> PayoutAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payout = await db.Payouts.SingleOrDefaultAsync(p => p.StripePayoutId == e.ObjectId, cancellationToken);
        if (payout is null)
        {
            payout = new Payout
            {
                Id = Guid.CreateVersion7(),
                StripePayoutId = e.ObjectId!,
                CreatedAt = e.Created,
            };
            db.Payouts.Add(payout);
        }
        else if (Stale(payout.Status, payout.LastEventAt, e, PayoutFinal))
            return "ignored: older than the payout's state";
        var newlyFailed = payout.Status != "failed" && (e.Status == "failed" || e.Type == "payout.failed");
        payout.Amount = e.Amount ?? payout.Amount;
        payout.Currency = e.Currency ?? payout.Currency;
        payout.Status = e.Status ?? payout.Status;
        payout.ArrivalDate = e.ArrivalDate ?? payout.ArrivalDate;
        payout.FailureCode = e.Type == "payout.failed" ? e.Reason ?? "failed" : payout.FailureCode;
        payout.LastEventAt = e.Created;
        payout.UpdatedAt = clock.GetDatabaseNow();
        // Administrators hear of a failed payout once, in the transaction that records it.
        if (newlyFailed)
            db.OutboxEvents.Add(Outbox.New(payout.TenantId, OutboxEventTypes.PayoutFailed, payout.UpdatedAt,
                new PayoutFailedData(payout.Id, payout.StripePayoutId, payout.Amount, payout.Currency, payout.FailureCode)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two events of one new payout at once: the other inserted it; apply this one over it next time.
            throw new InvalidOperationException("Payout was created concurrently; retrying.");
        }
        return "applied";
    }

    private static readonly HashSet<string> PayoutFinal = ["paid", "failed", "canceled"];

    private static readonly HashSet<string> DisputeFinal = ["won", "lost", "warning_closed"];
}
