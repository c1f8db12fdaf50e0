using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Payments.Domain;

/// <summary>
/// A booking's payment status is derived, never pushed: from the state of its payment, what the capture
/// kept of it, the refunds that succeeded and any dispute. Deriving it each time is what lets events
/// arrive in any order, and twice, and still land on one answer.
/// </summary>
public static class BookingMoney
{
    public static PaymentStatus StatusOf(MoneyFacts facts)
    {
        if (facts.DisputeOpen) return PaymentStatus.Disputed;
        if (facts.DisputeClosed == DisputeOutcome.Lost) return PaymentStatus.Refunded;
        return facts.Intent switch
        {
            IntentStatus.RequiresCapture => PaymentStatus.Authorized,
            IntentStatus.Succeeded => Captured(facts),
            IntentStatus.Canceled => PaymentStatus.Canceled,
            _ => facts.PaymentFailed ? PaymentStatus.Failed : PaymentStatus.RequiresPayment,
        };
    }

    private static PaymentStatus Captured(MoneyFacts facts)
    {
        var share = facts.CapturedShare ?? 0;
        if (share <= 0) return PaymentStatus.Canceled;
        if (facts.RefundedSucceeded >= share) return PaymentStatus.Refunded;
        return facts.RefundedSucceeded > 0 ? PaymentStatus.PartiallyRefunded : PaymentStatus.Captured;
    }

    /// <summary>
    /// How much of a booking's captured share must go back through Stripe: what it may not keep of it
    /// (<see cref="CapturePlan.KeepOfCaptured"/>), never more than the share.
    /// </summary>
    public static long RefundDue(long? capturedShare, long keep)
    {
        var share = capturedShare ?? 0;
        return share <= 0 ? 0 : Math.Clamp(share - keep, 0, share);
    }
}
