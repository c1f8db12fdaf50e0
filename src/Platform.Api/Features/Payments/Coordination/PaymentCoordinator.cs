using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Bookings.Settings;
using Platform.Api.Features.Payments.Domain;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Coordination;

/// <summary>
/// Brings a payment and its bookings to where the facts say they should be, from whatever state they are
/// in: an authorization finalizes its holds (AWAITING_HOST or CONFIRMED); once every booking is decided it
/// is captured for what is kept, or released; captured money owed back is refunded; each booking's
/// payment status is derived again. Idempotent and order-independent: webhooks, host actions, expiry
/// and reconciliation all just call <see cref="ConvergeAsync"/>.
/// <para>
/// Decisions are made and recorded under the payment's row lock (<c>PaymentCoordinator.Decisions.cs</c>);
/// Stripe is asked afterwards, outside the transaction, by the one worker holding the payment's lease,
/// with a deterministic idempotency key (<c>PaymentCoordinator.Work.cs</c>). A crash between the two
/// leaves a recorded decision the next run finishes.
/// </para>
/// </summary>
public sealed partial class PaymentCoordinator(
    PlatformDbContext db,
    BookingPaymentTransitions transitions,
    IPaymentGateway gateway,
    BookingSettingsService settings,
    IOptions<PaymentOptions> options,
    TimeProvider clock,
    ILogger<PaymentCoordinator> logger
)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task ConvergeAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        // Each round either finds nothing left to ask Stripe, or asks and records the answer.
        for (var round = 0; round < 6; round++)
        {
            var work = await DecideAsync(paymentId, cancellationToken);
            if (work.Count == 0)
                return;
            foreach (var item in work)
                await PerformAsync(item, cancellationToken);
        }
    }

    /// <summary>
    /// Records what Stripe says of an intent (from an event or an API answer) when it supersedes what was
    /// known: a final status never changes, an authorization only gives way to a final status.
    /// </summary>
    public async Task<bool> ObserveAsync(
        Guid paymentId,
        PaymentIntentInfo observed,
        DateTimeOffset observedAt,
        CancellationToken cancellationToken
    ) => await ObserveAsync(paymentId, observed, observedAt, releaseLease: false, cancellationToken);

    /// <param name="releaseLease">Only the lease holder, recording Stripe's answer to its own call, gives the lease back.</param>
    private async Task<bool> ObserveAsync(
        Guid paymentId,
        PaymentIntentInfo observed,
        DateTimeOffset observedAt,
        bool releaseLease,
        CancellationToken cancellationToken
    )
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        var payment = await LockAsync(paymentId, cancellationToken);
        var changed = Apply(payment, observed, observedAt);
        if (releaseLease)
        {
            payment.LeaseUntil = null;
            // Stripe answered for the intent itself: whatever a lost call did, it is known now.
            payment.CallUncertain = false;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    /// <summary>The intent's state from Stripe itself (reconciliation, and when an answer says the state moved on).</summary>
    public async Task RefreshAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var intentId = await db
            .Payments.AsNoTracking()
            .Where(p => p.Id == paymentId)
            .Select(p => p.PaymentIntentId)
            .SingleAsync(cancellationToken);
        if (intentId is null)
            return;
        var observed = await gateway.GetPaymentIntentAsync(intentId, cancellationToken);
        await ObserveAsync(paymentId, observed, clock.GetDatabaseNow(), cancellationToken);
    }

    internal static bool Apply(Payment payment, PaymentIntentInfo observed, DateTimeOffset observedAt)
    {
        var status = IntentStatuses.FromStripe(observed.Status);
        // Facts that never contradict each other are kept from any observation, in any order. Of two
        // authorization deadlines (Stripe's, a configured window) the earlier one is the safe one.
        payment.PaymentMethodType = observed.PaymentMethodType ?? payment.PaymentMethodType;
        payment.TransferId ??= observed.TransferId;
        if (observed.CaptureBefore is { } before && (payment.CaptureBefore is null || before < payment.CaptureBefore))
            payment.CaptureBefore = before;
        if (!IntentStatuses.Supersedes(payment.Status, payment.LastEventAt, status, observedAt))
            return false;
        payment.Status = status;
        payment.AmountCapturable = observed.AmountCapturable;
        payment.AmountReceived = Math.Max(payment.AmountReceived, observed.AmountReceived);
        payment.FailureCode =
            status == IntentStatus.RequiresPaymentMethod ? observed.LastPaymentError ?? payment.FailureCode : payment.FailureCode;
        payment.LastEventAt = payment.LastEventAt is { } last && last > observedAt ? last : observedAt;
        if (status == IntentStatus.RequiresCapture)
            payment.AuthorizedAt ??= observedAt;
        if (status == IntentStatus.Canceled)
            payment.CancellationReason = observed.CancellationReason ?? payment.CancellationReason;
        if (status == IntentStatus.Succeeded)
            payment.CapturedAt ??= observedAt;
        payment.UpdatedAt = observedAt;
        return true;
    }

    private async Task<IReadOnlyList<Work>> DecideAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        // Fresh rows every round: another worker may have committed since (the coordinator owns its scope).
        db.ChangeTracker.Clear();
        var now = clock.GetDatabaseNow();
        var policy = await settings.GetAsync(cancellationToken);
        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        var payment = await LockAsync(paymentId, cancellationToken);
        var bookings = await db
            .Bookings.FromSql($"SELECT * FROM bookings WHERE payment_id = {paymentId} ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
        var refunds = await db.PaymentRefunds.Where(r => r.PaymentId == paymentId).ToListAsync(cancellationToken);
        var disputes = await db.PaymentDisputes.Where(d => d.PaymentId == paymentId).ToListAsync(cancellationToken);

        if (payment.Status == IntentStatus.RequiresCapture)
            KnowCaptureDeadline(payment);
        if (payment.Status is IntentStatus.RequiresCapture or IntentStatus.Succeeded)
            FinalizeHolds(payment, bookings, policy, now);
        if (payment.Status == IntentStatus.RequiresCapture)
            ClampDeadlines(payment, bookings);
        if (payment.Status == IntentStatus.Canceled)
            LetGoOfAuthorization(payment, bookings, policy, now);

        if (payment.Status == IntentStatus.RequiresCapture && payment.Decision == PaymentDecision.None)
            Decide(payment, bookings, now);
        if (payment.Status == IntentStatus.Succeeded)
            ShareCapture(payment, bookings, now);
        if (payment.Status == IntentStatus.Succeeded)
            AddDueRefunds(payment, bookings, refunds, now);
        foreach (var booking in bookings)
            Derive(booking, payment, refunds, disputes, now);

        var work = TakeWork(payment, bookings, refunds, disputes, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // A cart whose payment is authorized is checked out (outside the lock order of payment, then bookings).
        if (payment.CartId is { } cartId && payment.Status is IntentStatus.RequiresCapture or IntentStatus.Succeeded && bookings.Count > 0)
            await db
                .Carts.Where(c => c.Id == cartId && c.Status == CartStatus.Open)
                .ExecuteUpdateAsync(
                    u => u.SetProperty(c => c.Status, CartStatus.CheckedOut).SetProperty(c => c.ClosedAt, now),
                    cancellationToken
                );
        return work;
    }

    /// <summary>
    /// The organization disconnected its Stripe account, so the platform can no longer pay it: what was not yet
    /// accepted (holds, requests awaiting the host) ends, and its authorization is released (the customer is not
    /// charged). Bookings already confirmed are still captured where Stripe allows it, else flagged for a person.
    /// </summary>
    public async Task SettleDisconnectedAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetDatabaseNow();
        await using (var transaction = await db.BeginBookingTransactionAsync(cancellationToken))
        {
            var payment = await LockAsync(paymentId, cancellationToken);
            var bookings = await db
                .Bookings.FromSql($"SELECT * FROM bookings WHERE payment_id = {paymentId} ORDER BY id FOR UPDATE")
                .ToListAsync(cancellationToken);
            foreach (var booking in bookings.Where(b => Effective(b, now) is BookingStatus.Held or BookingStatus.AwaitingHost))
            {
                transitions.Expire(
                    booking,
                    booking.PaymentStatus.HoldsMoney() ? booking.PriceAmount : 0,
                    "The organization disconnected its payment account; the payment is released.",
                    now
                );
            }
            payment.Flag ??= "The organization disconnected its Stripe account.";
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await ConvergeAsync(paymentId, cancellationToken);
    }

    private async Task<Payment> LockAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM payments WHERE id = {paymentId} FOR UPDATE", cancellationToken);
        return await db.Payments.SingleAsync(p => p.Id == paymentId, cancellationToken);
    }

    private static BookingStatus Effective(Booking booking, DateTimeOffset now) =>
        BookingFacts.Effective(
            booking.Status,
            booking.HoldExpiresAt is { } hold ? Instant.FromDateTimeOffset(hold) : null,
            booking.ConfirmationExpiresAt is { } deadline ? Instant.FromDateTimeOffset(deadline) : null,
            Instant.FromDateTimeOffset(now)
        );
}
