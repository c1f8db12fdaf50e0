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
public sealed partial class StripeEventProcessor(
    PlatformDbContext db,
    BookingPaymentTransitions transitions,
    PaymentCoordinator coordinator,
    PaymentAccountService accounts,
    PaymentRefunds refunds,
    StripeInboxService inbox,
    TimeProvider clock,
    ILogger<StripeEventProcessor> logger
)
{
    private static readonly HashSet<string> HandledTypes =
    [
        "payment_intent.amount_capturable_updated",
        "payment_intent.succeeded",
        "payment_intent.payment_failed",
        "payment_intent.canceled",
        "payment_intent.processing",
        "payment_intent.requires_action",
        "checkout.session.completed",
        "checkout.session.expired",
        "checkout.session.async_payment_succeeded",
        "checkout.session.async_payment_failed",
        "charge.refunded",
        "charge.succeeded",
        "charge.captured",
        "charge.expired",
        "refund.created",
        "refund.updated",
        "refund.failed",
        "charge.refund.updated",
        "charge.dispute.created",
        "charge.dispute.updated",
        "charge.dispute.closed",
        "charge.dispute.funds_withdrawn",
        "charge.dispute.funds_reinstated",
        "account.updated",
        "account.application.deauthorized",
        "payout.created",
        "payout.updated",
        "payout.paid",
        "payout.failed",
        "payout.canceled",
    ];

    /// <summary>Whether the platform acts on events of this type; others are kept and ignored.</summary>
    public static bool Handles(string type) => HandledTypes.Contains(type);

    public async Task<string> ApplyAsync(PaymentEvent e, CancellationToken cancellationToken) =>
        e.Type switch
        {
            "payment_intent.amount_capturable_updated"
            or "payment_intent.succeeded"
            or "payment_intent.payment_failed"
            or "payment_intent.canceled"
            or "payment_intent.processing"
            or "payment_intent.requires_action" => await IntentAsync(e, cancellationToken),
            "checkout.session.completed"
            or "checkout.session.expired"
            or "checkout.session.async_payment_succeeded"
            or "checkout.session.async_payment_failed" => await CheckoutAsync(e, cancellationToken),
            "charge.refunded" => await SyncRefundsAsync(e, cancellationToken),
            "charge.succeeded" or "charge.captured" or "charge.expired" => await ConvergeByIntentAsync(e, cancellationToken),
            "refund.created" or "refund.updated" or "refund.failed" or "charge.refund.updated" => await RefundAsync(e, cancellationToken),
            "charge.dispute.created"
            or "charge.dispute.updated"
            or "charge.dispute.closed"
            or "charge.dispute.funds_withdrawn"
            or "charge.dispute.funds_reinstated" => await DisputeAsync(e, cancellationToken),
            "account.updated" => await accounts.ApplyEventAsync(e, cancellationToken),
            "account.application.deauthorized" => await DeauthorizedAsync(e, cancellationToken),
            "payout.created" or "payout.updated" or "payout.paid" or "payout.failed" or "payout.canceled" => await PayoutAsync(
                e,
                cancellationToken
            ),
            _ => "ignored: not a type the platform acts on",
        };

    private async Task<string> IntentAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payment = await PaymentOfAsync(e.PaymentIntentId, cancellationToken);
        if (payment is null)
            return "ignored: no payment for this intent here";
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
        if (observed.Status == "requires_capture" && payment.CaptureBefore is null)
            await coordinator.RefreshAsync(payment.Id, cancellationToken);
        await coordinator.ConvergeAsync(payment.Id, cancellationToken);
        return changed ? "applied" : "applied: nothing newer";
    }

    private async Task<string> CheckoutAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.CheckoutSessionId == e.ObjectId, cancellationToken);
        if (payment is null)
            return "ignored: no payment for this session here";
        if (e.PaymentIntentId is { } intentId && payment.PaymentIntentId is null)
        {
            var now = clock.GetDatabaseNow();
            await db.RouteAsync(intentId, payment.TenantId, StripeRoutes.PaymentIntent, now, cancellationToken);
            await db
                .Payments.Where(p => p.Id == payment.Id && p.PaymentIntentId == null)
                .ExecuteUpdateAsync(
                    u => u.SetProperty(p => p.PaymentIntentId, intentId).SetProperty(p => p.UpdatedAt, now),
                    cancellationToken
                );
            // Its intent's events that came first waited for this link: they are due now.
            await inbox.WakeWaitingAsync(intentId, cancellationToken);
        }
        if (e.Type == "checkout.session.expired" && e.PaymentIntentId is null)
        {
            // Nothing was paid: this attempt is over; a live hold may be paid again.
            await coordinator.ObserveAsync(
                payment.Id,
                new PaymentIntentInfo { Id = payment.CheckoutSessionId!, Status = "canceled" },
                e.Created,
                cancellationToken
            );
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
        if (payment is null)
            return "ignored: no payment for this intent here";
        await coordinator.ConvergeAsync(payment.Id, cancellationToken);
        return "applied";
    }

    private async Task<string> RefundAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        var payment = await PaymentOfAsync(e.PaymentIntentId, cancellationToken);
        if (payment is null)
            return "ignored: no payment for this intent here";
        var info = new RefundInfo(
            e.ObjectId!,
            e.Type == "refund.failed" ? "failed" : e.Status ?? "pending",
            e.Amount ?? 0,
            e.PaymentIntentId,
            e.Reason
        )
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
        if (payment is null)
            return "ignored: no payment for this intent here";
        await refunds.SyncAsync(payment, cancellationToken);
        await coordinator.ConvergeAsync(payment.Id, cancellationToken);
        return "applied";
    }

    /// <summary>
    /// An event is stale when it is older than the state applied, or when that state is final and the event's
    /// is not: events of one second arrive in any order, and a payout that was paid is never pending again.
    /// </summary>
    private static bool Stale(string current, DateTimeOffset? appliedAt, PaymentEvent e, HashSet<string> final) =>
        (appliedAt is { } last && e.Created < last) || (final.Contains(current) && !final.Contains(e.Status ?? ""));

    private Task<Payment?> PaymentOfAsync(string? intentId, CancellationToken cancellationToken) =>
        intentId is null
            ? Task.FromResult<Payment?>(null)
            : db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.PaymentIntentId == intentId, cancellationToken);
}
