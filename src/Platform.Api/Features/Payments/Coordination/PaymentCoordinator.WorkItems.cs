using Microsoft.EntityFrameworkCore;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Payments.Domain;

namespace Platform.Api.Features.Payments.Coordination;

/// <summary>What Stripe must be asked now: the work items of a decided payment, each taken under a lease.</summary>
public sealed partial class PaymentCoordinator
{
    private abstract record Work(Guid PaymentId);

    private sealed record CaptureWork(Guid PaymentId, string IntentId, long Amount, long Fee, int Generation, bool Uncertain)
        : Work(PaymentId);

    private sealed record CancelWork(Guid PaymentId, string IntentId, int Generation, bool Uncertain) : Work(PaymentId);

    private sealed record ExpireCheckoutWork(Guid PaymentId, string SessionId) : Work(PaymentId);

    /// <param name="MayExist">An earlier call may have made it (its answer never came): look for it at Stripe first.</param>
    private sealed record RefundWork(
        Guid PaymentId,
        Guid RefundId,
        Guid BookingId,
        int Sequence,
        string IntentId,
        long Amount,
        int Generation,
        bool MayExist
    ) : Work(PaymentId);

    private sealed record ReversalWork(Guid PaymentId, Guid DisputeId, string TransferId, long Amount) : Work(PaymentId);

    /// <summary>What Stripe must be asked now, each under a lease so concurrent workers ask once.</summary>
    private static List<Work> TakeWork(
        Payment payment,
        List<Booking> bookings,
        List<PaymentRefund> refunds,
        List<PaymentDispute> disputes,
        DateTimeOffset now
    )
    {
        var work = new List<Work>();
        // Nothing left to pay for: every booking ended, or a newer attempt took them over.
        var allGone = bookings.All(b =>
            Effective(b, now)
                is not (
                    BookingStatus.Held
                    or BookingStatus.AwaitingHost
                    or BookingStatus.Confirmed
                    or BookingStatus.Completed
                    or BookingStatus.NoShow
                )
        );
        var leaseFree = payment.LeaseUntil is null || payment.LeaseUntil <= now;
        if (payment.PaymentIntentId is { } intent && leaseFree)
        {
            if (payment.Status == IntentStatus.RequiresCapture && payment.Decision == PaymentDecision.Capture)
                work.Add(
                    new CaptureWork(
                        payment.Id,
                        intent,
                        payment.DecisionAmount,
                        payment.DecisionFee,
                        payment.KeyGeneration,
                        payment.CallUncertain
                    )
                );
            else if (
                !payment.Status.IsFinal()
                && (payment.Decision == PaymentDecision.Release || (payment.Status != IntentStatus.RequiresCapture && allGone))
            )
                work.Add(new CancelWork(payment.Id, intent, payment.KeyGeneration, payment.CallUncertain));
            else if (
                payment.Status == IntentStatus.Succeeded
                && payment.TransferId is { } transfer
                && disputes.FirstOrDefault(d => d.Status == "lost" && d.ReversalId is null) is { } lost
                && ReversalOf(payment, refunds, disputes, lost) is > 0 and var amount
            )
                work.Add(new ReversalWork(payment.Id, lost.Id, transfer, amount));
        }
        else if (
            payment.PaymentIntentId is null
            && payment.CheckoutSessionId is { } session
            && leaseFree
            && !payment.Status.IsFinal()
            && allGone
        )
        {
            work.Add(new ExpireCheckoutWork(payment.Id, session));
        }
        if (work.Count > 0)
            payment.LeaseUntil = now + Lease;
        if (payment.PaymentIntentId is { } paid && payment.Status == IntentStatus.Succeeded)
        {
            foreach (
                var refund in refunds.Where(r =>
                    r.Status == RefundStatus.Requested && r.StripeRefundId is null && (r.LeaseUntil is null || r.LeaseUntil <= now)
                )
            )
            {
                refund.LeaseUntil = now + Lease;
                work.Add(
                    new RefundWork(
                        payment.Id,
                        refund.Id,
                        refund.BookingId,
                        refund.Sequence,
                        paid,
                        refund.Amount,
                        refund.KeyGeneration,
                        refund.Attempts > 0
                    )
                );
                refund.Attempts++;
            }
        }
        return work;
    }

    /// <summary>
    /// A lost dispute on a destination charge: the organization bears its customer's chargeback — the part of the
    /// disputed amount that was transferred to it, plus Stripe's dispute fee — as far as the transfer still covers it
    /// (refunds and earlier reversals already took their part back).
    /// </summary>
    private static long ReversalOf(Payment payment, List<PaymentRefund> refunds, List<PaymentDispute> disputes, PaymentDispute dispute)
    {
        var received = payment.AmountReceived;
        if (received <= 0)
            return 0;
        var transferred = received - (payment.Decision == PaymentDecision.Capture ? payment.DecisionFee : payment.ApplicationFee);
        // The platform's refunds reverse the transfer in proportion (reverse_transfer); one made in the Dashboard is not assumed to.
        var reversedByRefunds = refunds
            .Where(r => r.Status == RefundStatus.Succeeded && !r.External)
            .Sum(r => r.Amount * transferred / received);
        var remaining = transferred - reversedByRefunds - disputes.Where(d => d.Id != dispute.Id).Sum(d => d.ReversedAmount);
        return Math.Max(0, Math.Min(remaining, dispute.Amount * transferred / received + dispute.Fee));
    }
}
