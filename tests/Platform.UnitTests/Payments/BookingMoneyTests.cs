using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Payments.Domain;

namespace Platform.UnitTests.Payments;

public sealed class BookingMoneyTests
{
    private static MoneyFacts Facts(IntentStatus intent, long? share = null, long refunded = 0, bool failed = false, bool dispute = false, DisputeOutcome? closed = null) =>
        new(intent, failed, share, refunded, dispute, closed);

    [Fact]
    public void The_payment_status_follows_from_the_facts()
    {
        Assert.Equal(PaymentStatus.RequiresPayment, BookingMoney.StatusOf(Facts(IntentStatus.RequiresPaymentMethod)));
        Assert.Equal(PaymentStatus.Failed, BookingMoney.StatusOf(Facts(IntentStatus.RequiresPaymentMethod, failed: true)));
        Assert.Equal(PaymentStatus.Authorized, BookingMoney.StatusOf(Facts(IntentStatus.RequiresCapture)));
        Assert.Equal(PaymentStatus.Captured, BookingMoney.StatusOf(Facts(IntentStatus.Succeeded, 1_000)));
        Assert.Equal(PaymentStatus.PartiallyRefunded, BookingMoney.StatusOf(Facts(IntentStatus.Succeeded, 1_000, 400)));
        Assert.Equal(PaymentStatus.Refunded, BookingMoney.StatusOf(Facts(IntentStatus.Succeeded, 1_000, 1_000)));
        // Captured for others in its cart, nothing for this one.
        Assert.Equal(PaymentStatus.Canceled, BookingMoney.StatusOf(Facts(IntentStatus.Succeeded, 0)));
        Assert.Equal(PaymentStatus.Canceled, BookingMoney.StatusOf(Facts(IntentStatus.Canceled)));
        Assert.Equal(PaymentStatus.Disputed, BookingMoney.StatusOf(Facts(IntentStatus.Succeeded, 1_000, dispute: true)));
        Assert.Equal(PaymentStatus.Refunded, BookingMoney.StatusOf(Facts(IntentStatus.Succeeded, 1_000, closed: DisputeOutcome.Lost)));
        Assert.Equal(PaymentStatus.Captured, BookingMoney.StatusOf(Facts(IntentStatus.Succeeded, 1_000, closed: DisputeOutcome.Won)));
    }

    [Theory]
    [InlineData(10_000L, 5_000L, 5_000L)] // half kept of a full capture: half back
    [InlineData(5_000L, 5_000L, 0L)] // cancelled before capture: only the kept half was taken
    [InlineData(5_000L, 0L, 5_000L)] // captured although nothing may be kept: all of it back
    [InlineData(10_000L, 10_000L, 0L)]
    [InlineData(null, 0L, 0L)] // nothing captured, nothing to give back
    public void What_must_go_back_through_Stripe_is_what_the_booking_may_not_keep_of_its_share(long? captured, long keep, long due) =>
        Assert.Equal(due, BookingMoney.RefundDue(captured, keep));
}
