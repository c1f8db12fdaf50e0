using NodaTime;
using Platform.Api.Features.Offerings.Domain;

namespace Platform.Api.Features.Bookings.Domain;

/// <summary>
/// What a booking's exit gives back. A customer's cancellation follows the policy snapshotted at hold
/// time; the host cancelling, declining, or the host's silence refunds in full. Only money actually
/// taken or reserved is refunded: a hold still awaiting payment refunds nothing.
/// </summary>
public static class RefundRule
{
    public static RefundDecision For(BookingAction action, BookingActor actor, PaymentStatus payment, long price, string currency, CancellationPolicy policy, Instant start, Instant now)
    {
        var paid = payment.HoldsMoney() ? price : 0;
        if (action == BookingAction.Cancel && actor == BookingActor.Customer) return policy.Evaluate(start, now, paid, currency);
        return new RefundDecision(100, paid, null);
    }
}
