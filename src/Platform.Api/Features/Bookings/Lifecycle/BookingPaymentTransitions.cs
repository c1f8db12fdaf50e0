using Platform.Api.Data;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Bookings.Lifecycle;

/// <summary>
/// The booking changes the payments feature may make, and the only way it makes them: each moves the
/// status through the state machine (<see cref="BookingLog.Transition"/>) or records the money facts a
/// booking carries, and writes the audit event that goes with it. Payments decides when; bookings own how.
/// Call inside the caller's transaction, on bookings it has locked; nothing here saves.
/// </summary>
public sealed class BookingPaymentTransitions(PlatformDbContext db)
{
    /// <summary>Money is reserved: a live hold becomes a booking (confirmed, or awaiting its host until the deadline).</summary>
    public void FinalizePaid(Booking booking, int confirmationMinutes, DateTimeOffset now)
    {
        var to = BookingStateMachine.Target(booking.Status, BookingAction.Finalize, booking.RequiresConfirmation)!.Value;
        if (to == BookingStatus.AwaitingHost)
            booking.ConfirmationExpiresAt = BookingRules.ConfirmationDeadline(now, booking.StartsAt, confirmationMinutes);
        booking.PaymentStatus = PaymentStatus.Authorized;
        db.BookingEvents.Add(
            BookingLog.Transition(
                booking,
                to,
                BookingActor.System,
                null,
                "Paid: the payment was authorized.",
                now,
                new
                {
                    paymentStatus = nameof(PaymentStatus.Authorized),
                    amount = booking.PriceAmount,
                    booking.Currency,
                }
            )
        );
    }

    /// <summary>The booking ends unpaid (its hold ran out, or its payment went away): EXPIRED, everything due refunded.</summary>
    public void Expire(Booking booking, long refundAmount, string reason, DateTimeOffset now, object? details = null)
    {
        booking.RefundPercent = 100;
        booking.RefundAmount = refundAmount;
        db.BookingEvents.Add(BookingLog.Transition(booking, BookingStatus.Expired, BookingActor.System, null, reason, now, details));
    }

    /// <summary>The authorization is gone too close to the start to pay again: EXPIRED, nothing was taken.</summary>
    public void ExpireUncaptured(Booking booking, string reason, DateTimeOffset now, object? details)
    {
        booking.CapturedAmount = 0;
        Expire(booking, refundAmount: 0, reason, now, details);
    }

    /// <summary>
    /// The authorization is gone before it was captured: the booking is a hold again until
    /// <paramref name="until"/> (never past its start), so its customer can pay anew.
    /// </summary>
    public void BackToHold(Booking booking, DateTimeOffset until, string reason, DateTimeOffset now)
    {
        booking.HoldExpiresAt = until < booking.StartsAt ? until : booking.StartsAt;
        booking.ConfirmationExpiresAt = null;
        booking.PaymentStatus = PaymentStatus.RequiresPayment;
        booking.CapturedAmount = null;
        booking.PlatformFee = null;
        var to = BookingStateMachine.Target(booking.Status, BookingAction.RequirePayment, booking.RequiresConfirmation)!.Value;
        db.BookingEvents.Add(
            BookingLog.Transition(
                booking,
                to,
                BookingActor.System,
                null,
                reason,
                now,
                new
                {
                    paymentStatus = nameof(PaymentStatus.RequiresPayment),
                    holdExpiresAt = booking.HoldExpiresAt,
                    code = "PAYMENT_EXPIRED",
                }
            )
        );
    }

    /// <summary>A host must answer before the authorization lapses: the deadline moves up to <paramref name="latest"/>.</summary>
    public void ConfirmBefore(Booking booking, DateTimeOffset latest) => booking.ConfirmationExpiresAt = latest;

    /// <summary>A new payment attempt pays for the booking from now on.</summary>
    public void AttachPayment(Booking booking, Guid paymentId, DateTimeOffset now)
    {
        booking.PaymentId = paymentId;
        booking.PaymentStatus = PaymentStatus.RequiresPayment;
        booking.UpdatedAt = now;
    }

    /// <summary>A checkout page stays open longer than the hold had left: the hold lasts as long.</summary>
    public void ExtendHold(Booking booking, DateTimeOffset until) => booking.HoldExpiresAt = until;

    /// <summary>The cart those holds are in lasts as long as the checkout page too.</summary>
    public void ExtendCart(Cart cart, DateTimeOffset until)
    {
        if (cart.ExpiresAt < until)
            cart.ExpiresAt = until;
    }

    /// <summary>The booking's share of the captured money and of the platform's fee.</summary>
    public void RecordShare(Booking booking, long captured, long platformFee)
    {
        booking.CapturedAmount = captured;
        booking.PlatformFee = platformFee;
    }

    /// <summary>More was captured than the booking keeps: <paramref name="back"/> is owed. Returns the booking's flag.</summary>
    public string OweRefund(Booking booking, long back, string flag)
    {
        booking.RefundPercent ??= 100;
        booking.RefundAmount = Math.Max(booking.RefundAmount ?? 0, back);
        booking.PaymentFlag ??= flag;
        return booking.PaymentFlag;
    }

    /// <summary>Something about the money needs a person; an earlier flag is kept.</summary>
    public void FlagUnlessFlagged(Booking booking, string flag) => booking.PaymentFlag ??= flag;

    /// <summary>Something about the money needs a person now (a dispute): the flag says what, replacing any earlier one.</summary>
    public void Flag(Booking booking, string flag) => booking.PaymentFlag = flag;

    /// <summary>The payment status derived from the money facts changed: recorded, with its trail event.</summary>
    public void RecordPaymentStatus(Booking booking, PaymentStatus status, DateTimeOffset now, object details)
    {
        booking.PaymentStatus = status;
        booking.UpdatedAt = now;
        db.BookingEvents.Add(BookingLog.PaymentChanged(booking, $"Payment {status}.", now, details));
    }

    /// <summary>The money moved without a status change (a refund outside Platform, a dispute): a trail event says how.</summary>
    public void NotePaymentChange(Booking booking, string reason, DateTimeOffset now, object details) =>
        db.BookingEvents.Add(BookingLog.PaymentChanged(booking, reason, now, details));
}
