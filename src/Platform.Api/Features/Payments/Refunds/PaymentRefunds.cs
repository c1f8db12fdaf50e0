using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Payments.Coordination;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Refunds;

/// <summary>
/// Refunds as Stripe reports them. One the platform asked for is found by its Stripe id or our
/// <c>refund_id</c> metadata and its status recorded; one made outside Platform (the Stripe Dashboard) is
/// recorded too, shared over the payment's bookings by what each still has captured, so the bookings'
/// payment status and the ledger show it and no later refund gives the same money back twice.
/// </summary>
public sealed class PaymentRefunds(
    PlatformDbContext db,
    BookingPaymentTransitions transitions,
    PaymentCoordinator coordinator,
    IPaymentGateway gateway,
    TimeProvider clock,
    ILogger<PaymentRefunds> logger
)
{
    public async Task<string> RecordAsync(
        Payment payment,
        RefundInfo refund,
        DateTimeOffset observedAt,
        CancellationToken cancellationToken
    )
    {
        var ours = await OursAsync(payment.Id, refund, cancellationToken);
        if (ours.Count > 0)
        {
            foreach (var id in ours)
                await coordinator.RecordRefundAsync(id, refund, observedAt, cancellationToken);
            return "applied";
        }
        if (refund.Status is "failed" or "canceled")
            return "ignored: a refund made outside Platform that did not go through";
        return await RecordExternalAsync(payment, refund, observedAt, cancellationToken);
    }

    /// <summary>Every refund Stripe holds for the payment's intent, recorded (after charge.refunded, and by reconciliation).</summary>
    public async Task SyncAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (payment.PaymentIntentId is not { } intentId)
            return;
        foreach (var refund in await gateway.ListRefundsAsync(intentId, cancellationToken))
            await RecordAsync(payment, refund, refund.Created ?? clock.GetDatabaseNow(), cancellationToken);
    }

    private async Task<List<Guid>> OursAsync(Guid paymentId, RefundInfo refund, CancellationToken cancellationToken)
    {
        var byStripeId = await db
            .PaymentRefunds.AsNoTracking()
            .Where(r => r.StripeRefundId == refund.Id)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        if (byStripeId.Count > 0)
            return byStripeId;
        return refund.Metadata.TryGetValue("refund_id", out var text) && Guid.TryParse(text, out var refundId)
            ? await db
                .PaymentRefunds.AsNoTracking()
                .Where(r => r.Id == refundId && r.PaymentId == paymentId)
                .Select(r => r.Id)
                .ToListAsync(cancellationToken)
            : [];
    }

    private async Task<string> RecordExternalAsync(
        Payment payment,
        RefundInfo refund,
        DateTimeOffset observedAt,
        CancellationToken cancellationToken
    )
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        // Under the payment's lock, so refund.created and charge.refunded about the same refund record it once.
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM payments WHERE id = {payment.Id} FOR UPDATE", cancellationToken);
        if (await db.PaymentRefunds.AnyAsync(r => r.StripeRefundId == refund.Id, cancellationToken))
            return "applied: already recorded";
        var bookings = await db
            .Bookings.Where(b => b.PaymentId == payment.Id)
            .OrderBy(b => b.StartsAt)
            .ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);
        var refunds = await db.PaymentRefunds.Where(r => r.PaymentId == payment.Id).ToListAsync(cancellationToken);
        var left = refund.Amount;
        var status = refund.Status == "succeeded" ? RefundStatus.Succeeded : RefundStatus.Pending;
        foreach (var booking in bookings)
        {
            var open =
                (booking.CapturedAmount ?? booking.PriceAmount)
                - refunds
                    .Where(r => r.BookingId == booking.Id && r.Status != RefundStatus.Failed && r.Status != RefundStatus.Canceled)
                    .Sum(r => r.Amount);
            var part = booking == bookings[^1] ? left : Math.Min(left, Math.Max(0, open));
            if (part <= 0)
                continue;
            left -= part;
            var row = new PaymentRefund
            {
                Id = Guid.CreateVersion7(),
                PaymentId = payment.Id,
                BookingId = booking.Id,
                Sequence = refunds.Where(r => r.BookingId == booking.Id).Select(r => r.Sequence).DefaultIfEmpty(0).Max() + 1,
                Amount = part,
                Currency = booking.Currency,
                Status = status,
                StripeRefundId = refund.Id,
                External = true,
                Reason = "Refunded outside Platform (Stripe Dashboard).",
                LastEventAt = observedAt,
                CreatedAt = observedAt,
                UpdatedAt = observedAt,
            };
            refunds.Add(row);
            db.PaymentRefunds.Add(row);
            transitions.FlagUnlessFlagged(booking, $"Refunded outside Platform (Stripe Dashboard): {part} {booking.Currency}.");
            transitions.NotePaymentChange(
                booking,
                "Refunded outside Platform (Stripe Dashboard).",
                observedAt,
                new
                {
                    refund = refund.Id,
                    amount = part,
                    booking.Currency,
                }
            );
            if (left == 0)
                break;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Recorded refund {Refund} of payment {Payment} made outside Platform", refund.Id, payment.Id);
        return "applied: a refund made outside Platform";
    }
}
