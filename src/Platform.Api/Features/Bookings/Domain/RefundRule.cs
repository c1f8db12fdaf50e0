using NodaTime;
using Platform.Api.Features.Offerings.Domain;

namespace Platform.Api.Features.Bookings.Domain;

/// <summary>
/// What a booking's exit gives back. Only a booking that was CONFIRMED was agreed by both sides, so only
/// the customer cancelling a confirmed booking follows the policy snapshotted at hold time; cancelling a
/// hold or a request the host has not accepted yet, the host cancelling or declining, and the host's
/// silence all give everything back (the percentage is what the capture decision reads, never a derived
/// payment status that a webhook still in flight may be about to change). The amount shown is of money
/// actually taken or reserved: a hold still awaiting payment shows nothing to refund.
/// </summary>
public static class RefundRule
{
    public static RefundDecision For(
        BookingAction action,
        BookingActor actor,
        BookingStatus from,
        PaymentStatus payment,
        long price,
        string currency,
        CancellationPolicy policy,
        Instant start,
        Instant now
    )
    {
        var paid = payment.HoldsMoney() ? price : 0;
        if (action == BookingAction.Cancel && actor == BookingActor.Customer && from == BookingStatus.Confirmed)
            return policy.Evaluate(start, now, paid, currency);
        return new RefundDecision(100, paid, null);
    }
}
