using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Payments.Domain;

namespace Platform.Api.Features.Payments.Coordination;

/// <summary>The decisions of one convergence round, made under the payment's and its bookings' row locks.</summary>
public sealed partial class PaymentCoordinator
{
    /// <summary>A hold that becomes a booking again needs at least this long before its start to be paid for.</summary>
    private static readonly TimeSpan ShortestRepayment = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Every authorization has a deadline: Stripe's <c>capture_before</c> where it gives one (cards), else the
    /// configured window of its payment method from the moment it was authorized (a conservative default).
    /// </summary>
    private void KnowCaptureDeadline(Payment payment)
    {
        if (payment.CaptureBefore is not null || payment.AuthorizedAt is not { } authorizedAt)
            return;
        payment.CaptureBefore = authorizedAt + options.Value.AuthorizationWindowOf(payment.PaymentMethodType);
    }

    /// <summary>Money is reserved (or taken): live holds become bookings; holds that ran out first are let go.</summary>
    private void FinalizeHolds(Payment payment, List<Booking> bookings, BookingSettings policy, DateTimeOffset now)
    {
        foreach (var booking in bookings.Where(b => b.Status == BookingStatus.Held))
        {
            if (booking.HoldExpiresAt <= now)
            {
                transitions.Expire(
                    booking,
                    booking.PriceAmount,
                    "The hold ran out before its payment arrived; the payment is released.",
                    now
                );
                payment.Flag ??= "Paid for after a hold ran out; that part is released or refunded.";
                continue;
            }
            transitions.FinalizePaid(booking, policy.ConfirmationMinutes, now);
        }
    }

    /// <summary>A host who waits for the authorization to lapse would lose the money: their deadline comes first.</summary>
    private void ClampDeadlines(Payment payment, List<Booking> bookings)
    {
        if (payment.CaptureBefore is not { } before)
            return;
        var latest = before.AddMinutes(-options.Value.CaptureMarginMinutes);
        var late = bookings.Where(b =>
            b.Status == BookingStatus.AwaitingHost && (b.ConfirmationExpiresAt is null || b.ConfirmationExpiresAt > latest)
        );
        foreach (var booking in late)
            transitions.ConfirmBefore(booking, latest);
    }

    /// <summary>
    /// The authorization is gone before it was captured (it lapsed, or someone cancelled it at Stripe): a booking
    /// that waited on it is not left confirmed and unpaid. It becomes a hold again, for the organization's hold
    /// time, so its customer can pay anew (a new payment attempt) — or, too close to its start for that, it expires.
    /// </summary>
    private void LetGoOfAuthorization(Payment payment, List<Booking> bookings, BookingSettings policy, DateTimeOffset now)
    {
        // A release of ours (every booking was decided) is no lapse; nor is a host's silence that ran out first.
        if (payment.Decision == PaymentDecision.Release)
            return;
        var waiting = bookings
            .Where(b =>
                b.PaymentStatus == PaymentStatus.Authorized
                && (Effective(b, now) == BookingStatus.AwaitingHost || (b.Status == BookingStatus.Confirmed && payment.CapturedAt is null))
            )
            .ToList();
        foreach (var booking in waiting)
        {
            var reason =
                payment.CancellationReason == "automatic"
                    ? "The payment authorization lapsed before it was captured"
                    : "The payment authorization was cancelled";
            if (booking.StartsAt - now >= ShortestRepayment)
            {
                transitions.BackToHold(
                    booking,
                    now.AddMinutes(policy.HoldMinutes),
                    $"{reason}: it is a hold again until it is paid anew.",
                    now
                );
                continue;
            }
            transitions.ExpireUncaptured(booking, $"{reason}, too close to the start to pay again.", now, new { code = "PAYMENT_EXPIRED" });
        }
        if (waiting.Count > 0)
            payment.Flag ??= "The authorization lapsed before it was captured; its bookings were asked to be paid again.";
    }

    /// <summary>Every booking decided: capture what is kept, with the fee agreed when the payment started, or release.</summary>
    private void Decide(Payment payment, List<Booking> bookings, DateTimeOffset now)
    {
        var plan = CapturePlan.Decide([.. bookings.Select(b => PaidOf(b, now))]);
        if (!plan.Decided)
            return;
        var amount = Math.Min(plan.Amount, payment.AmountCapturable > 0 ? payment.AmountCapturable : payment.Amount);
        payment.Decision = amount > 0 ? PaymentDecision.Capture : PaymentDecision.Release;
        payment.DecisionAmount = amount;
        payment.DecisionFee = amount > 0 ? PlatformFee.Of(amount, payment.Currency, payment.FeeBasisPoints, payment.FeeFixedAmount) : 0;
        payment.DecidedAt = now;
        payment.UpdatedAt = now;
        var shares = PlatformFee.Split(payment.DecisionFee, [.. bookings.Select(b => plan.Kept[b.Id])]);
        foreach (var (booking, index) in bookings.Select((b, i) => (b, i)))
            transitions.RecordShare(booking, plan.Kept[booking.Id], shares[index]);
    }

    /// <summary>
    /// Captured: each booking keeps its share. Money taken other than as decided (captured elsewhere, in full, or
    /// after a release was decided) is shared by price, and what a booking may not keep of it goes back.
    /// </summary>
    private void ShareCapture(Payment payment, List<Booking> bookings, DateTimeOffset now)
    {
        if (bookings.Count == 0)
            return;
        if (bookings.All(b => b.CapturedAmount is not null) && bookings.Sum(b => b.CapturedAmount!.Value) == payment.AmountReceived)
            return;
        var received = payment.AmountReceived > 0 ? payment.AmountReceived : payment.Amount;
        var shares = PlatformFee.Split(received, [.. bookings.Select(b => b.PriceAmount)]);
        var fees = PlatformFee.Split(payment.DecisionFee > 0 ? payment.DecisionFee : payment.ApplicationFee, [.. shares]);
        foreach (var (booking, index) in bookings.Select((b, i) => (b, i)))
        {
            transitions.RecordShare(booking, shares[index], fees[index]);
            var back = shares[index] - CapturePlan.KeepOfCaptured(PaidOf(booking, now), shares[index]);
            if (back <= 0)
                continue;
            payment.Flag = transitions.OweRefund(
                booking,
                back,
                "Captured beyond what the booking keeps (outside Platform, or after it had ended); the rest is refunded automatically."
            );
            logger.LogWarning(
                "Payment {Payment} was captured for booking {Booking} beyond what it keeps; refunding the rest",
                payment.Id,
                booking.Id
            );
        }
        payment.UpdatedAt = now;
    }

    /// <summary>A refund row for whatever captured money a booking is owed back and has not been asked for yet.</summary>
    private void AddDueRefunds(Payment payment, List<Booking> bookings, List<PaymentRefund> refunds, DateTimeOffset now)
    {
        foreach (var booking in bookings)
        {
            var due = BookingMoney.RefundDue(
                booking.CapturedAmount,
                CapturePlan.KeepOfCaptured(PaidOf(booking, now), booking.CapturedAmount ?? 0)
            );
            // Every refund counts, made here or outside (the Dashboard); a failed one is not retried blindly (the card
            // may be gone): the booking is flagged for a person instead.
            var asked = refunds.Where(r => r.BookingId == booking.Id).Sum(r => r.Amount);
            if (due <= asked)
                continue;
            var refund = new PaymentRefund
            {
                Id = Guid.CreateVersion7(),
                PaymentId = payment.Id,
                BookingId = booking.Id,
                Sequence = refunds.Where(r => r.BookingId == booking.Id).Select(r => r.Sequence).DefaultIfEmpty(0).Max() + 1,
                Amount = due - asked,
                Currency = booking.Currency,
                Status = RefundStatus.Requested,
                Reason =
                    booking.PaymentFlag is not null && booking.Status is not BookingStatus.Cancelled
                        ? "Automatic: the booking had lost its slot."
                        : $"{BookingStateMachine.Name(booking.Status)}: {booking.RefundPercent ?? 100} % by the cancellation terms.",
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
        DisputeOutcome? closed =
            disputes.Any(d => d.Status == "lost") ? DisputeOutcome.Lost
            : disputes.Any(d => d.Status == "won") ? DisputeOutcome.Won
            : null;
        var facts = new MoneyFacts(
            payment.Status,
            payment.FailureCode is not null,
            booking.CapturedAmount,
            refunds.Where(r => r.BookingId == booking.Id && r.Status == RefundStatus.Succeeded).Sum(r => r.Amount),
            open,
            closed
        );
        if (
            booking.PaymentFlag is null
            && refunds.FirstOrDefault(r => r.BookingId == booking.Id && r.Status == RefundStatus.Failed) is { } failed
        )
            transitions.Flag(
                booking,
                $"A refund of {failed.Amount} {failed.Currency} failed ({failed.FailureReason ?? "no reason given"}): "
                    + "settle it with the customer directly."
            );
        var status = BookingMoney.StatusOf(facts);
        // A hold whose payment attempt ended without money can simply be paid again.
        if (booking.Status == BookingStatus.Held && status == PaymentStatus.Canceled)
            status = PaymentStatus.RequiresPayment;
        if (status == booking.PaymentStatus)
            return;
        transitions.RecordPaymentStatus(
            booking,
            status,
            now,
            new
            {
                paymentStatus = status.ToString(),
                captured = booking.CapturedAmount,
                refunded = facts.RefundedSucceeded,
                booking.Currency,
            }
        );
    }

    private static PaidBooking PaidOf(Booking booking, DateTimeOffset now) =>
        new(booking.Id, Effective(booking, now), booking.PriceAmount, booking.RefundPercent, booking.Currency);
}
