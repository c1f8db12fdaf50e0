using NodaTime;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Offerings.Domain;

namespace Platform.UnitTests.Bookings;

/// <summary>Who cancels decides the refund: the customer by the policy, the host in full; only money held is refunded.</summary>
public sealed class RefundRuleTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 12, 10, 15, 0);
    private static readonly CancellationPolicy Policy = new([new RefundTier(Duration.FromHours(24), 100), new RefundTier(Duration.FromHours(2), 50)], Duration.FromHours(24));

    [Theory]
    [InlineData(24 * 60, 100, 9999)]
    [InlineData(24 * 60 - 1, 50, 4999)]
    [InlineData(2 * 60, 50, 4999)]
    [InlineData(2 * 60 - 1, 0, 0)]
    public void A_customer_cancelling_gets_the_tier_earned_at_that_notice_rounded_down(int minutesBefore, int percent, long amount)
    {
        var decision = RefundRule.For(BookingAction.Cancel, BookingActor.Customer, BookingStatus.Confirmed, PaymentStatus.Captured, 9999, "USD", Policy, Start, Start - Duration.FromMinutes(minutesBefore));
        Assert.Equal((percent, amount), (decision.RefundPercent, decision.RefundAmount));
    }

    [Theory]
    [InlineData(BookingAction.Cancel, BookingActor.Provider)]
    [InlineData(BookingAction.Cancel, BookingActor.Administrator)]
    [InlineData(BookingAction.Cancel, BookingActor.Staff)]
    [InlineData(BookingAction.Decline, BookingActor.Provider)]
    [InlineData(BookingAction.Expire, BookingActor.System)]
    public void The_host_cancelling_declining_or_staying_silent_refunds_everything_even_at_the_last_minute(BookingAction action, BookingActor actor)
    {
        var decision = RefundRule.For(action, actor, BookingStatus.AwaitingHost, PaymentStatus.Authorized, 9999, "USD", Policy, Start, Start - Duration.FromMinutes(1));
        Assert.Equal((100, 9999L), (decision.RefundPercent, decision.RefundAmount));
    }

    [Theory]
    [InlineData(PaymentStatus.None)]
    [InlineData(PaymentStatus.RequiresPayment)]
    [InlineData(PaymentStatus.Canceled)]
    [InlineData(PaymentStatus.Failed)]
    public void Nothing_is_refunded_of_money_never_taken(PaymentStatus payment)
    {
        Assert.Equal(0, RefundRule.For(BookingAction.Cancel, BookingActor.Customer, BookingStatus.Confirmed, payment, 9999, "USD", Policy, Start, Start - Duration.FromDays(5)).RefundAmount);
        Assert.Equal(0, RefundRule.For(BookingAction.Cancel, BookingActor.Provider, BookingStatus.Confirmed, payment, 9999, "USD", Policy, Start, Start - Duration.FromDays(5)).RefundAmount);
    }

    [Theory]
    [InlineData(BookingStatus.Held, PaymentStatus.RequiresPayment, 0L)]
    [InlineData(BookingStatus.Held, PaymentStatus.Authorized, 9999L)]
    [InlineData(BookingStatus.AwaitingHost, PaymentStatus.Authorized, 9999L)]
    public void A_customer_withdrawing_what_was_never_confirmed_gets_everything_back_even_at_the_last_minute(BookingStatus from, PaymentStatus payment, long shown)
    {
        // 100 % whatever the derived payment status says: an authorization may be landing at this very moment.
        var decision = RefundRule.For(BookingAction.Cancel, BookingActor.Customer, from, payment, 9999, "USD", Policy, Start, Start - Duration.FromMinutes(1));
        Assert.Equal((100, shown), (decision.RefundPercent, decision.RefundAmount));
    }
}
