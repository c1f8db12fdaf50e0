using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Payments.Domain;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments;

/// <summary>
/// Brings a payment and its bookings to where the facts say they should be, from whatever state they are
/// in: an authorization finalizes its holds (AWAITING_HOST or CONFIRMED); once every booking is decided it
/// is captured for what is kept, or released; captured money owed back is refunded; each booking's
/// payment status is derived again. Idempotent and order-independent: webhooks, host actions, expiry
/// and reconciliation all just call <see cref="ConvergeAsync"/>.
/// <para>
/// Decisions are made and recorded under the payment's row lock; Stripe is asked afterwards, outside the
/// transaction, by the one worker holding the payment's lease, with a deterministic idempotency key
/// (<c>capture:{payment}</c>, <c>cancel:{payment}</c>, <c>refund:{booking}:{n}</c>). A crash between the two
/// leaves a recorded decision the next run finishes.
/// </para>
/// </summary>
public sealed class PaymentCoordinator(
    PlatformDbContext db,
    IPaymentGateway gateway,
    BookingSettingsService settings,
    IOptions<PaymentOptions> options,
    TimeProvider clock,
    ILogger<PaymentCoordinator> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>What Stripe must be asked after a decision, by the worker that took the lease.</summary>
    private abstract record Work;

    private sealed record CaptureWork(Guid PaymentId, string IntentId, long Amount, long Fee) : Work;

    private sealed record CancelWork(Guid PaymentId, string IntentId) : Work;

    private sealed record ExpireCheckoutWork(Guid PaymentId, string SessionId) : Work;

    private sealed record RefundWork(Guid RefundId, Guid BookingId, int Sequence, string IntentId, long Amount) : Work;

    public async Task ConvergeAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        // Each round either finds nothing left to ask Stripe, or asks and records the answer.
        for (var round = 0; round < 6; round++)
        {
            var work = await DecideAsync(paymentId, cancellationToken);
            if (work.Count == 0) return;
            foreach (var item in work) await PerformAsync(item, cancellationToken);
        }
    }

    /// <summary>
    /// Records what Stripe says of an intent (from an event or an API answer) when it supersedes what was
    /// known: a final status never changes, an authorization only gives way to a final status.
    /// </summary>
    public async Task<bool> ObserveAsync(Guid paymentId, PaymentIntentInfo observed, DateTimeOffset observedAt, CancellationToken cancellationToken) =>
        await ObserveAsync(paymentId, observed, observedAt, releaseLease: false, cancellationToken);

    /// <param name="releaseLease">Only the lease holder, recording Stripe's answer to its own call, gives the lease back.</param>
    private async Task<bool> ObserveAsync(Guid paymentId, PaymentIntentInfo observed, DateTimeOffset observedAt, bool releaseLease, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        var payment = await LockAsync(paymentId, cancellationToken);
        var changed = Apply(payment, observed, observedAt);
        if (releaseLease) payment.LeaseUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    /// <summary>The intent's state from Stripe itself (reconciliation, and when an answer says the state moved on).</summary>
    public async Task RefreshAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var intentId = await db.Payments.AsNoTracking().Where(p => p.Id == paymentId).Select(p => p.PaymentIntentId).SingleAsync(cancellationToken);
        if (intentId is null) return;
        var observed = await gateway.GetPaymentIntentAsync(intentId, cancellationToken);
        await ObserveAsync(paymentId, observed, clock.GetDatabaseNow(), cancellationToken);
    }

    internal static bool Apply(Payment payment, PaymentIntentInfo observed, DateTimeOffset observedAt)
    {
        var status = IntentStatuses.FromStripe(observed.Status);
        if (!IntentStatuses.Supersedes(payment.Status, payment.LastEventAt, status, observedAt))
        {
            // The same status may still bring news the first sighting lacked (an expanded charge's capture_before).
            if (status == payment.Status && observed.CaptureBefore is { } lateBefore && payment.CaptureBefore is null) payment.CaptureBefore = lateBefore;
            return false;
        }
        payment.Status = status;
        payment.AmountCapturable = observed.AmountCapturable;
        payment.AmountReceived = Math.Max(payment.AmountReceived, observed.AmountReceived);
        payment.CaptureBefore = observed.CaptureBefore ?? payment.CaptureBefore;
        payment.FailureCode = status == IntentStatus.RequiresPaymentMethod ? observed.LastPaymentError ?? payment.FailureCode : payment.FailureCode;
        payment.LastEventAt = payment.LastEventAt is { } last && last > observedAt ? last : observedAt;
        if (status == IntentStatus.Succeeded) payment.CapturedAt ??= observedAt;
        payment.UpdatedAt = observedAt;
        return true;
    }

    private async Task<IReadOnlyList<Work>> DecideAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        // Fresh rows every round: another worker may have committed since (the coordinator owns its scope).
        db.ChangeTracker.Clear();
        var now = clock.GetDatabaseNow();
        var policy = await settings.GetAsync(cancellationToken);
        var fees = await FeePlans.LoadAsync(db, options.Value, cancellationToken);
        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        var payment = await LockAsync(paymentId, cancellationToken);
        var bookings = await db.Bookings.FromSql($"SELECT * FROM bookings WHERE payment_id = {paymentId} ORDER BY id FOR UPDATE").ToListAsync(cancellationToken);
        var refunds = await db.PaymentRefunds.Where(r => r.PaymentId == paymentId).ToListAsync(cancellationToken);
        var disputes = await db.PaymentDisputes.AsNoTracking().Where(d => d.PaymentId == paymentId).ToListAsync(cancellationToken);

        if (payment.Status is IntentStatus.RequiresCapture or IntentStatus.Succeeded) FinalizeHolds(payment, bookings, policy, now);
        if (payment.Status == IntentStatus.RequiresCapture) ClampDeadlines(payment, bookings);
        if (payment.Status == IntentStatus.Canceled) LetGoOfAuthorization(bookings, now);
        if (payment.Status == IntentStatus.Canceled && payment.Decision == PaymentDecision.Capture && payment.CapturedAt is null)
            payment.Flag ??= "The authorization lapsed before it was captured: its confirmed bookings are unpaid.";

        if (payment.Status == IntentStatus.RequiresCapture && payment.Decision == PaymentDecision.None) Decide(payment, bookings, fees, now);
        if (payment.Status == IntentStatus.Succeeded) ShareCapture(payment, bookings, now);
        if (payment.Status == IntentStatus.Succeeded) AddDueRefunds(payment, bookings, refunds, now);
        foreach (var booking in bookings) Derive(booking, payment, refunds, disputes, now);

        var work = TakeWork(payment, bookings, refunds, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // A cart whose payment is authorized is checked out (outside the lock order of payment, then bookings).
        if (payment.CartId is { } cartId && payment.Status is IntentStatus.RequiresCapture or IntentStatus.Succeeded && bookings.Count > 0)
            await db.Carts.Where(c => c.Id == cartId && c.Status == CartStatus.Open)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CartStatus.CheckedOut).SetProperty(c => c.ClosedAt, now), cancellationToken);
        return work;
    }

    /// <summary>Money is reserved (or taken): live holds become bookings; holds that ran out first are let go.</summary>
    private void FinalizeHolds(Payment payment, List<Booking> bookings, BookingSettings policy, DateTimeOffset now)
    {
        foreach (var booking in bookings.Where(b => b.Status == BookingStatus.Held))
        {
            if (booking.HoldExpiresAt <= now)
            {
                booking.RefundPercent = 100;
                booking.RefundAmount = booking.PriceAmount;
                db.BookingEvents.Add(BookingLog.Transition(booking, BookingStatus.Expired, BookingActor.System, null, "The hold ran out before its payment arrived; the payment is released.", now));
                payment.Flag ??= "Paid for after a hold ran out; that part is released or refunded.";
                continue;
            }
            var to = BookingStateMachine.Target(booking.Status, BookingAction.Finalize, booking.RequiresConfirmation)!.Value;
            if (to == BookingStatus.AwaitingHost)
                booking.ConfirmationExpiresAt = BookingRules.ConfirmationDeadline(now, booking.StartsAt, policy.ConfirmationMinutes);
            booking.PaymentStatus = PaymentStatus.Authorized;
            db.BookingEvents.Add(BookingLog.Transition(booking, to, BookingActor.System, null, "Paid: the payment was authorized.", now,
                new { paymentStatus = nameof(PaymentStatus.Authorized), amount = booking.PriceAmount, booking.Currency }));
        }
    }

    /// <summary>A host who waits for the authorization to lapse would lose the money: their deadline comes first.</summary>
    private void ClampDeadlines(Payment payment, List<Booking> bookings)
    {
        if (payment.CaptureBefore is not { } before) return;
        var latest = before.AddMinutes(-options.Value.CaptureMarginMinutes);
        foreach (var booking in bookings.Where(b => b.Status == BookingStatus.AwaitingHost && (b.ConfirmationExpiresAt is null || b.ConfirmationExpiresAt > latest)))
            booking.ConfirmationExpiresAt = latest;
    }

    /// <summary>The authorization is gone (released, or lapsed at Stripe): a booking still waiting on it cannot go ahead.</summary>
    private void LetGoOfAuthorization(List<Booking> bookings, DateTimeOffset now)
    {
        foreach (var booking in bookings.Where(b => b.Status == BookingStatus.AwaitingHost && b.PaymentStatus == PaymentStatus.Authorized))
        {
            booking.RefundPercent = 100;
            booking.RefundAmount = booking.PriceAmount;
            db.BookingEvents.Add(BookingLog.Transition(booking, BookingStatus.Expired, BookingActor.System, null, "The payment authorization was released before the host confirmed.", now));
        }
    }

    /// <summary>Every booking decided: capture what is kept (with the fee recomputed on it), or release.</summary>
    private static void Decide(Payment payment, List<Booking> bookings, FeePlan? fees, DateTimeOffset now)
    {
        var plan = CapturePlan.Decide([.. bookings.Select(b => new PaidBooking(b.Id, Effective(b, now), b.PriceAmount, b.RefundAmount))]);
        if (!plan.Decided) return;
        var amount = Math.Min(plan.Amount, payment.AmountCapturable > 0 ? payment.AmountCapturable : payment.Amount);
        payment.Decision = amount > 0 ? PaymentDecision.Capture : PaymentDecision.Release;
        payment.DecisionAmount = amount;
        payment.DecisionFee = amount > 0 && fees is not null ? fees.FeeOn(amount, payment.Currency) : Math.Min(payment.ApplicationFee, amount);
        payment.DecidedAt = now;
        payment.UpdatedAt = now;
        var shares = PlatformFee.Split(payment.DecisionFee, [.. bookings.Select(b => plan.Kept[b.Id])]);
        foreach (var (booking, index) in bookings.Select((b, i) => (b, i)))
        {
            booking.CapturedAmount = plan.Kept[booking.Id];
            booking.PlatformFee = shares[index];
        }
    }

    /// <summary>
    /// Captured: each booking keeps its share. Money taken without a decision of ours (captured elsewhere)
    /// is shared at full price, and the share of a booking that no longer holds its slot goes back.
    /// </summary>
    private void ShareCapture(Payment payment, List<Booking> bookings, DateTimeOffset now)
    {
        if (bookings.All(b => b.CapturedAmount is not null)) return;
        var shares = PlatformFee.Split(payment.ApplicationFee, [.. bookings.Select(b => b.PriceAmount)]);
        foreach (var (booking, index) in bookings.Select((b, i) => (b, i)).Where(p => p.b.CapturedAmount is null))
        {
            booking.CapturedAmount = booking.PriceAmount;
            booking.PlatformFee = shares[index];
            if (BookingStateMachine.IsFinal(booking.Status) && booking.Status is not (BookingStatus.Completed or BookingStatus.NoShow))
            {
                booking.RefundPercent = 100;
                booking.RefundAmount = booking.PriceAmount;
                booking.PaymentFlag = "Captured after the booking had lost its slot; refunded automatically.";
                payment.Flag = booking.PaymentFlag;
                logger.LogWarning("Payment {Payment} was captured for booking {Booking} that no longer holds its slot; refunding it", payment.Id, booking.Id);
            }
        }
        payment.UpdatedAt = now;
    }

    /// <summary>A refund row for whatever captured money a booking is owed back and has not been asked for yet.</summary>
    private void AddDueRefunds(Payment payment, List<Booking> bookings, List<PaymentRefund> refunds, DateTimeOffset now)
    {
        foreach (var booking in bookings)
        {
            var due = BookingMoney.RefundDue(booking.PriceAmount, booking.RefundAmount, booking.CapturedAmount);
            // A failed refund is not retried blindly (the card may be gone): the booking is flagged for a person instead.
            var asked = refunds.Where(r => r.BookingId == booking.Id).Sum(r => r.Amount);
            if (due <= asked) continue;
            var refund = new PaymentRefund
            {
                Id = Guid.CreateVersion7(),
                PaymentId = payment.Id,
                BookingId = booking.Id,
                Sequence = refunds.Where(r => r.BookingId == booking.Id).Select(r => r.Sequence).DefaultIfEmpty(0).Max() + 1,
                Amount = due - asked,
                Currency = booking.Currency,
                Status = RefundStatus.Requested,
                Reason = booking.PaymentFlag is not null ? "Automatic: the booking had lost its slot." : $"{BookingStateMachine.Name(booking.Status)}: {booking.RefundPercent ?? 0} % by the cancellation terms.",
                CreatedAt = now,
                UpdatedAt = now,
            };
            refunds.Add(refund);
            db.PaymentRefunds.Add(refund);
        }
    }

    /// <summary>Derives each booking's payment status from the facts, recording a change in its trail.</summary>
    private void Derive(Booking booking, Payment payment, List<PaymentRefund> refunds, List<PaymentDispute> disputes, DateTimeOffset now)
    {
        var open = disputes.Any(d => d.Status is not ("won" or "lost" or "warning_closed"));
        DisputeOutcome? closed = disputes.Any(d => d.Status == "lost") ? DisputeOutcome.Lost : disputes.Any(d => d.Status == "won") ? DisputeOutcome.Won : null;
        var facts = new MoneyFacts(payment.Status, payment.FailureCode is not null, booking.CapturedAmount,
            refunds.Where(r => r.BookingId == booking.Id && r.Status == RefundStatus.Succeeded).Sum(r => r.Amount), open, closed);
        if (booking.PaymentFlag is null && refunds.FirstOrDefault(r => r.BookingId == booking.Id && r.Status == RefundStatus.Failed) is { } failed)
            booking.PaymentFlag = $"A refund of {failed.Amount} {failed.Currency} failed ({failed.FailureReason ?? "no reason given"}): settle it with the customer directly.";
        var status = BookingMoney.StatusOf(facts);
        // A hold whose payment attempt ended without money can simply be paid again.
        if (booking.Status == BookingStatus.Held && status == PaymentStatus.Canceled) status = PaymentStatus.RequiresPayment;
        if (status == booking.PaymentStatus) return;
        booking.PaymentStatus = status;
        booking.UpdatedAt = now;
        db.BookingEvents.Add(BookingLog.PaymentChanged(booking, $"Payment {status}.", now, new
        {
            paymentStatus = status.ToString(),
            captured = booking.CapturedAmount,
            refunded = facts.RefundedSucceeded,
            booking.Currency,
        }));
    }

    /// <summary>What Stripe must be asked now, each under a lease so concurrent workers ask once.</summary>
    private static List<Work> TakeWork(Payment payment, List<Booking> bookings, List<PaymentRefund> refunds, DateTimeOffset now)
    {
        var work = new List<Work>();
        // Nothing left to pay for: every booking ended, or a newer attempt took them over.
        var allGone = bookings.All(b => Effective(b, now) is not (BookingStatus.Held or BookingStatus.AwaitingHost or BookingStatus.Confirmed or BookingStatus.Completed or BookingStatus.NoShow));
        var leaseFree = payment.LeaseUntil is null || payment.LeaseUntil <= now;
        if (payment.PaymentIntentId is { } intent && leaseFree)
        {
            if (payment.Status == IntentStatus.RequiresCapture && payment.Decision == PaymentDecision.Capture)
                work.Add(new CaptureWork(payment.Id, intent, payment.DecisionAmount, payment.DecisionFee));
            else if (!payment.Status.IsFinal() && (payment.Decision == PaymentDecision.Release || (payment.Status != IntentStatus.RequiresCapture && allGone)))
                work.Add(new CancelWork(payment.Id, intent));
        }
        else if (payment.PaymentIntentId is null && payment.CheckoutSessionId is { } session && leaseFree && !payment.Status.IsFinal() && allGone)
        {
            work.Add(new ExpireCheckoutWork(payment.Id, session));
        }
        if (work.Count > 0) payment.LeaseUntil = now + Lease;
        if (payment.PaymentIntentId is { } paid && payment.Status == IntentStatus.Succeeded)
        {
            foreach (var refund in refunds.Where(r => r.Status == RefundStatus.Requested && r.StripeRefundId is null && (r.LeaseUntil is null || r.LeaseUntil <= now)))
            {
                refund.LeaseUntil = now + Lease;
                work.Add(new RefundWork(refund.Id, refund.BookingId, refund.Sequence, paid, refund.Amount));
            }
        }
        return work;
    }

    private async Task PerformAsync(Work work, CancellationToken cancellationToken)
    {
        try
        {
            switch (work)
            {
                case CaptureWork capture:
                    await ObserveAsync(capture.PaymentId, await gateway.CapturePaymentIntentAsync(capture.IntentId, capture.Amount, capture.Fee, $"capture:{capture.PaymentId:N}", cancellationToken), clock.GetDatabaseNow(), releaseLease: true, cancellationToken);
                    break;
                case CancelWork cancel:
                    await ObserveAsync(cancel.PaymentId, await gateway.CancelPaymentIntentAsync(cancel.IntentId, $"cancel:{cancel.PaymentId:N}", cancellationToken), clock.GetDatabaseNow(), releaseLease: true, cancellationToken);
                    break;
                case ExpireCheckoutWork expire:
                    var expired = await gateway.ExpireCheckoutSessionAsync(expire.SessionId, $"expire:{expire.PaymentId:N}", cancellationToken);
                    if (expired.Status == "expired" && expired.PaymentIntentId is null)
                        await ObserveAsync(expire.PaymentId, new PaymentIntentInfo { Id = expire.SessionId, Status = "canceled" }, clock.GetDatabaseNow(), releaseLease: true, cancellationToken);
                    // Otherwise it completed: the lease keeps others from asking again until its event arrives.
                    break;
                case RefundWork refund:
                    var answer = await gateway.RefundAsync(refund.IntentId, refund.Amount,
                        new Dictionary<string, string> { ["booking_id"] = refund.BookingId.ToString(), ["refund_id"] = refund.RefundId.ToString() },
                        $"refund:{refund.BookingId:N}:{refund.Sequence}", cancellationToken);
                    await RecordRefundAsync(refund.RefundId, answer, clock.GetDatabaseNow(), cancellationToken, releaseLease: true);
                    break;
            }
        }
        catch (PaymentGatewayException e) when (e.Code == "payment_intent_unexpected_state" && work is CaptureWork or CancelWork)
        {
            // Someone (Stripe, the dashboard, an earlier run) moved the intent on: take its state as it is.
            await RefreshAsync(PaymentOf(work), cancellationToken);
            await ReleaseLeaseAsync(work, cancellationToken);
        }
        catch (PaymentGatewayException e) when (!e.IsTransient && work is ExpireCheckoutWork)
        {
            // The session is no longer open (it completed a moment ago): its checkout.session.completed event carries on.
            logger.LogInformation("Checkout session of payment {Payment} could not be expired ({Code}); waiting for its completion", ((ExpireCheckoutWork)work).PaymentId, e.Code);
        }
        catch (PaymentGatewayException e) when (!e.IsTransient)
        {
            // Asking again would get the same answer: a person has to look (the lease keeps workers from retrying at once).
            logger.LogWarning("Stripe refused {Work} for payment {Payment}: {Code}", work.GetType().Name, PaymentOf(work), e.Code);
            if (work is RefundWork refused)
                await RecordRefundAsync(refused.RefundId, new RefundInfo("", "failed", refused.Amount, refused.IntentId, e.Code), clock.GetDatabaseNow(), cancellationToken, releaseLease: true);
            else
            {
                await RefreshAsync(PaymentOf(work), cancellationToken);
                await db.Payments.Where(p => p.Id == PaymentOf(work)).ExecuteUpdateAsync(u => u.SetProperty(p => p.Flag, $"Stripe refused the {work.GetType().Name.Replace("Work", "", StringComparison.Ordinal).ToLowerInvariant()}: {e.Code}."), cancellationToken);
            }
        }
        catch (PaymentGatewayException)
        {
            // Free the lease at once so a retry (the job's, or reconciliation's) may ask again with the same key.
            await ReleaseLeaseAsync(work, cancellationToken);
            throw;
        }
    }

    /// <summary>A refund's status as Stripe answered or reported it; a final status does not change.</summary>
    public async Task RecordRefundAsync(Guid refundId, RefundInfo answer, DateTimeOffset observedAt, CancellationToken cancellationToken, bool releaseLease = false)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM payment_refunds WHERE id = {refundId} FOR UPDATE", cancellationToken);
        var refund = await db.PaymentRefunds.SingleAsync(r => r.Id == refundId, cancellationToken);
        ApplyRefund(refund, answer.Id, answer.Status, answer.FailureReason, observedAt);
        if (releaseLease) refund.LeaseUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    internal static void ApplyRefund(PaymentRefund refund, string stripeRefundId, string? status, string? failureReason, DateTimeOffset observedAt)
    {
        if (stripeRefundId.Length > 0) refund.StripeRefundId ??= stripeRefundId;
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

    private Guid PaymentOf(Work work) => work switch
    {
        CaptureWork c => c.PaymentId,
        CancelWork c => c.PaymentId,
        ExpireCheckoutWork x => x.PaymentId,
        _ => Guid.Empty,
    };

    private async Task ReleaseLeaseAsync(Work work, CancellationToken cancellationToken)
    {
        if (work is RefundWork refund)
            await db.PaymentRefunds.Where(r => r.Id == refund.RefundId).ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        else
        {
            var paymentId = PaymentOf(work);
            await db.Payments.Where(p => p.Id == paymentId).ExecuteUpdateAsync(u => u.SetProperty(p => p.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        }
    }

    private async Task<Payment> LockAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM payments WHERE id = {paymentId} FOR UPDATE", cancellationToken);
        return await db.Payments.SingleAsync(p => p.Id == paymentId, cancellationToken);
    }

    private static BookingStatus Effective(Booking booking, DateTimeOffset now) =>
        BookingFacts.Effective(booking.Status,
            booking.HoldExpiresAt is { } hold ? Instant.FromDateTimeOffset(hold) : null,
            booking.ConfirmationExpiresAt is { } deadline ? Instant.FromDateTimeOffset(deadline) : null,
            Instant.FromDateTimeOffset(now));
}
