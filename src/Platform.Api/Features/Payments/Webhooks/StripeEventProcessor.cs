using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Payments.Accounts;
using Platform.Api.Features.Payments.Coordination;
using Platform.Api.Features.Payments.Refunds;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Webhooks;

/// <summary>
/// Applies one event inside its organization. Payment events update what is known of the intent (only
/// forward: see <see cref="Domain.IntentStatuses.Supersedes"/>) and converge the payment; refund, dispute,
/// account and payout events update their rows, newest first wins. Other types are kept and ignored.
/// </summary>
public sealed class StripeEventProcessor(
    PlatformDbContext db,
    BookingPaymentTransitions transitions,
    PaymentCoordinator coordinator,
    PaymentAccountService accounts,
    PaymentRefunds refunds,
    StripeInboxService inbox,
    TimeProvider clock,
    ILogger<StripeEventProcessor> logger)
{
    private static readonly HashSet<string> HandledTypes =
    [
        "payment_intent.amount_capturable_updated", "payment_intent.succeeded", "payment_intent.payment_failed", "payment_intent.canceled",
        "payment_intent.processing", "payment_intent.requires_action",
        "checkout.session.completed", "checkout.session.expired", "checkout.session.async_payment_succeeded", "checkout.session.async_payment_failed",
        "charge.refunded", "charge.succeeded", "charge.captured", "charge.expired",
        "refund.created", "refund.updated", "refund.failed", "charge.refund.updated",
        "charge.dispute.created", "charge.dispute.updated", "charge.dispute.closed", "charge.dispute.funds_withdrawn", "charge.dispute.funds_reinstated",
        "account.updated", "account.application.deauthorized",
        "payout.created", "payout.updated", "payout.paid", "payout.failed", "payout.canceled",
    ];

    /// <summary>Whether the platform acts on events of this type; others are kept and ignored.</summary>
    public static bool Handles(string type) => HandledTypes.Contains(type);

    public async Task<string> ApplyAsync(PaymentEvent e, CancellationToken cancellationToken) => e.Type switch
    {
        "payment_intent.amount_capturable_updated" or "payment_intent.succeeded" or "payment_intent.payment_failed"
            or "payment_intent.canceled" or "payment_intent.processing" or "payment_intent.requires_action" => await IntentAsync(e, cancellationToken),
        "checkout.session.completed" or "checkout.session.expired" or "checkout.session.async_payment_succeeded" or "checkout.session.async_payment_failed" => await CheckoutAsync(e, cancellationToken),
        "charge.refunded" => await SyncRefundsAsync(e, cancellationToken),
        "charge.succeeded" or "charge.captured" or "charge.expired" => await ConvergeByIntentAsync(e, cancellationToken),
        "refund.created" or "refund.updated" or "refund.failed" or "charge.refund.updated" => await RefundAsync(e, cancellationToken),
        "charge.dispute.created" or "charge.dispute.updated" or "charge.dispute.closed" or "charge.dispute.funds_withdrawn" or "charge.dispute.funds_reinstated" => await DisputeAsync(e, cancellationToken),
        "account.updated" => await accounts.ApplyEventAsync(e, cancellationToken),
        "account.application.deauthorized" => await DeauthorizedAsync(e, cancellationToken),
        "payout.created" or "payout.updated" or "payout.paid" or "payout.failed" or "payout.canceled" => await PayoutAsync(e, cancellationToken),
        _ => "ignored: not a type the platform acts on",
    };

    private async Task<string> IntentAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payment = await PaymentOfAsync(e.PaymentIntentId, cancellationToken);
        if (payment is null) return "ignored: no payment for this intent here";
        var observed = new PaymentIntentInfo
        {
            Id = e.PaymentIntentId!,
            Status = e.Status ?? "requires_payment_method",
            Amount = e.Amount ?? payment.Amount,
            AmountCapturable = e.AmountCapturable ?? 0,
            AmountReceived = e.AmountReceived ?? 0,
            Currency = e.Currency ?? payment.Currency,
            LastPaymentError = e.Type == "payment_intent.payment_failed" ? e.Reason ?? "payment_failed" : null,
            CancellationReason = e.CancellationReason,
        };
        var changed = await coordinator.ObserveAsync(payment.Id, observed, e.Created, cancellationToken);
        // The event's intent carries no charge details; the authorization's deadline comes from Stripe itself.
        if (observed.Status == "requires_capture" && payment.CaptureBefore is null) await coordinator.RefreshAsync(payment.Id, cancellationToken);
        await coordinator.ConvergeAsync(payment.Id, cancellationToken);
        return changed ? "applied" : "applied: nothing newer";
    }

    private async Task<string> CheckoutAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.CheckoutSessionId == e.ObjectId, cancellationToken);
        if (payment is null) return "ignored: no payment for this session here";
        if (e.PaymentIntentId is { } intentId && payment.PaymentIntentId is null)
        {
            var now = clock.GetDatabaseNow();
            await db.RouteAsync(intentId, payment.TenantId, StripeRoutes.PaymentIntent, now, cancellationToken);
            await db.Payments.Where(p => p.Id == payment.Id && p.PaymentIntentId == null)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.PaymentIntentId, intentId).SetProperty(p => p.UpdatedAt, now), cancellationToken);
            // Its intent's events that came first waited for this link: they are due now.
            await inbox.WakeWaitingAsync(intentId, cancellationToken);
        }
        if (e.Type == "checkout.session.expired" && e.PaymentIntentId is null)
        {
            // Nothing was paid: this attempt is over; a live hold may be paid again.
            await coordinator.ObserveAsync(payment.Id, new PaymentIntentInfo { Id = payment.CheckoutSessionId!, Status = "canceled" }, e.Created, cancellationToken);
        }
        else
        {
            await coordinator.RefreshAsync(payment.Id, cancellationToken);
        }
        await coordinator.ConvergeAsync(payment.Id, cancellationToken);
        return "applied";
    }

    private async Task<string> ConvergeByIntentAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payment = await PaymentOfAsync(e.PaymentIntentId, cancellationToken);
        if (payment is null) return "ignored: no payment for this intent here";
        await coordinator.ConvergeAsync(payment.Id, cancellationToken);
        return "applied";
    }

    private async Task<string> RefundAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payment = await PaymentOfAsync(e.PaymentIntentId, cancellationToken);
        if (payment is null) return "ignored: no payment for this intent here";
        var info = new RefundInfo(e.ObjectId!, e.Type == "refund.failed" ? "failed" : e.Status ?? "pending", e.Amount ?? 0, e.PaymentIntentId, e.Reason)
        {
            Metadata = e.Metadata,
        };
        var outcome = await refunds.RecordAsync(payment, info, e.Created, cancellationToken);
        await coordinator.ConvergeAsync(payment.Id, cancellationToken);
        return outcome;
    }

    /// <summary>
    /// charge.refunded: newer API versions no longer list the refunds in the charge, so they are read from Stripe;
    /// one made outside Platform (the Dashboard) is recorded like any other.
    /// </summary>
    private async Task<string> SyncRefundsAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payment = await PaymentOfAsync(e.PaymentIntentId, cancellationToken);
        if (payment is null) return "ignored: no payment for this intent here";
        await refunds.SyncAsync(payment, cancellationToken);
        await coordinator.ConvergeAsync(payment.Id, cancellationToken);
        return "applied";
    }

    private async Task<string> DisputeAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payment = await PaymentOfAsync(e.PaymentIntentId, cancellationToken);
        if (payment is null) return "ignored: no payment for this intent here";
        var dispute = await db.PaymentDisputes.SingleOrDefaultAsync(d => d.StripeDisputeId == e.ObjectId, cancellationToken);
        if (dispute is null)
        {
            dispute = new PaymentDispute { Id = Guid.CreateVersion7(), PaymentId = payment.Id, StripeDisputeId = e.ObjectId!, CreatedAt = e.Created };
            db.PaymentDisputes.Add(dispute);
        }
        else if (Stale(dispute.Status, dispute.LastEventAt, e, DisputeFinal)) return "ignored: older than the dispute's state";
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
            var flag = e.Type == "charge.dispute.closed"
                ? $"Dispute {dispute.Status}."
                : $"Disputed by the cardholder ({dispute.Reason ?? "no reason given"}); respond in the Stripe dashboard.";
            transitions.Flag(booking, flag);
            transitions.NotePaymentChange(booking, flag, clock.GetDatabaseNow(),
                new { dispute = dispute.StripeDisputeId, dispute.Status, dispute.Amount, dispute.Currency });
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
        var open = await db.Payments.AsNoTracking().Where(p => p.CapturedAt == null && p.Status != Domain.IntentStatus.Canceled && p.Status != Domain.IntentStatus.Succeeded)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var paymentId in open) await coordinator.SettleDisconnectedAsync(paymentId, cancellationToken);
        logger.LogWarning("Account {Account} disconnected the platform; {Count} open payments were settled", e.AccountId, open.Count);
        return outcome;
    }

    private async Task<string> PayoutAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payout = await db.Payouts.SingleOrDefaultAsync(p => p.StripePayoutId == e.ObjectId, cancellationToken);
        if (payout is null)
        {
            payout = new Payout { Id = Guid.CreateVersion7(), StripePayoutId = e.ObjectId!, CreatedAt = e.Created };
            db.Payouts.Add(payout);
        }
        else if (Stale(payout.Status, payout.LastEventAt, e, PayoutFinal)) return "ignored: older than the payout's state";
        payout.Amount = e.Amount ?? payout.Amount;
        payout.Currency = e.Currency ?? payout.Currency;
        payout.Status = e.Status ?? payout.Status;
        payout.ArrivalDate = e.ArrivalDate ?? payout.ArrivalDate;
        payout.FailureCode = e.Type == "payout.failed" ? e.Reason ?? "failed" : payout.FailureCode;
        payout.LastEventAt = e.Created;
        payout.UpdatedAt = clock.GetDatabaseNow();
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

    /// <summary>
    /// An event is stale when it is older than the state applied, or when that state is final and the event's
    /// is not: events of one second arrive in any order, and a payout that was paid is never pending again.
    /// </summary>
    private static bool Stale(string current, DateTimeOffset? appliedAt, PaymentEvent e, HashSet<string> final) =>
        (appliedAt is { } last && e.Created < last) || (final.Contains(current) && !final.Contains(e.Status ?? ""));

    private Task<Payment?> PaymentOfAsync(string? intentId, CancellationToken cancellationToken) =>
        intentId is null ? Task.FromResult<Payment?>(null) : db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.PaymentIntentId == intentId, cancellationToken);
}
