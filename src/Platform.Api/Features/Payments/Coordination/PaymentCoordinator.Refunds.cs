using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Data;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Coordination;

/// <summary>Refunds and transfer reversals at Stripe, and recording what Stripe says about a refund.</summary>
public sealed partial class PaymentCoordinator
{
    private async Task RefundAsync(RefundWork refund, CancellationToken cancellationToken)
    {
        var generation = refund.Generation;
        if (refund.MayExist && await FindRefundAsync(refund, cancellationToken))
            return;
        for (var tries = 0; ; tries++)
        {
            try
            {
                var answer = await gateway.RefundAsync(
                    refund.IntentId,
                    refund.Amount,
                    new Dictionary<string, string>
                    {
                        ["booking_id"] = refund.BookingId.ToString(),
                        ["refund_id"] = refund.RefundId.ToString(),
                    },
                    Key($"refund:{refund.BookingId:N}", refund.Sequence, generation),
                    cancellationToken
                );
                await RecordRefundAsync(refund.RefundId, answer, clock.GetDatabaseNow(), cancellationToken, releaseLease: true);
                return;
            }
            catch (PaymentGatewayException e) when (e.OutcomeUnknown)
            {
                // Stripe may have made it: it is found by our own metadata, or it was not made.
                if (await FindRefundAsync(refund, cancellationToken))
                    return;
                // A timeout may still be running at Stripe: only a finished 5xx proves a new key is safe now.
                if (e.HttpStatus is null || tries > 0)
                    throw;
                generation = await NextRefundGenerationAsync(refund.RefundId, cancellationToken);
            }
        }
    }

    /// <summary>Looks for this refund among the intent's refunds at Stripe (by our refund id in its metadata) and records it.</summary>
    private async Task<bool> FindRefundAsync(RefundWork refund, CancellationToken cancellationToken)
    {
        var made = (await gateway.ListRefundsAsync(refund.IntentId, cancellationToken)).FirstOrDefault(r =>
            r.Metadata.TryGetValue("refund_id", out var ours) && ours == refund.RefundId.ToString()
        );
        if (made is null)
            return false;
        await RecordRefundAsync(refund.RefundId, made, clock.GetDatabaseNow(), cancellationToken, releaseLease: true);
        return true;
    }

    private async Task ReverseAsync(ReversalWork reversal, CancellationToken cancellationToken)
    {
        var made = await gateway.ReverseTransferAsync(
            reversal.TransferId,
            reversal.Amount,
            new Dictionary<string, string>
            {
                ["dispute_id"] = reversal.DisputeId.ToString(),
                ["payment_id"] = reversal.PaymentId.ToString(),
            },
            $"reversal:{reversal.DisputeId:N}",
            cancellationToken
        );
        db.ChangeTracker.Clear();
        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        var payment = await LockAsync(reversal.PaymentId, cancellationToken);
        var dispute = await db.PaymentDisputes.SingleAsync(d => d.Id == reversal.DisputeId, cancellationToken);
        dispute.ReversalId = made.Id;
        dispute.ReversedAmount = made.Amount;
        dispute.UpdatedAt = clock.GetDatabaseNow();
        payment.LeaseUntil = null;
        foreach (var booking in await db.Bookings.Where(b => b.PaymentId == reversal.PaymentId).ToListAsync(cancellationToken))
            transitions.NotePaymentChange(
                booking,
                "The dispute was lost: the organization's share of the chargeback and the dispute fee were taken back.",
                dispute.UpdatedAt,
                new
                {
                    dispute = dispute.StripeDisputeId,
                    reversed = made.Amount,
                    fee = dispute.Fee,
                    dispute.Currency,
                }
            );
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A refund's status as Stripe answered or reported it; a final status does not change.</summary>
    public async Task RecordRefundAsync(
        Guid refundId,
        RefundInfo answer,
        DateTimeOffset observedAt,
        CancellationToken cancellationToken,
        bool releaseLease = false
    )
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM payment_refunds WHERE id = {refundId} FOR UPDATE", cancellationToken);
        var refund = await db.PaymentRefunds.SingleAsync(r => r.Id == refundId, cancellationToken);
        ApplyRefund(refund, answer.Id, answer.Status, answer.FailureReason, observedAt);
        if (releaseLease)
            refund.LeaseUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    internal static void ApplyRefund(
        PaymentRefund refund,
        string stripeRefundId,
        string? status,
        string? failureReason,
        DateTimeOffset observedAt
    )
    {
        if (stripeRefundId.Length > 0)
            refund.StripeRefundId ??= stripeRefundId;
        var observed = status switch
        {
            "succeeded" => RefundStatus.Succeeded,
            "failed" => RefundStatus.Failed,
            "canceled" => RefundStatus.Canceled,
            _ => RefundStatus.Pending,
        };
        var final = refund.Status is RefundStatus.Succeeded or RefundStatus.Failed or RefundStatus.Canceled;
        if (!final || (refund.Status == RefundStatus.Succeeded && observed == RefundStatus.Failed))
        {
            // A succeeded refund can still fail later (the bank returned it); nothing else goes back.
            refund.Status = observed;
            refund.FailureReason = failureReason ?? refund.FailureReason;
        }
        refund.LastEventAt = refund.LastEventAt is { } last && last > observedAt ? last : observedAt;
        refund.UpdatedAt = observedAt;
    }
}
