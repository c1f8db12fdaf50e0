using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Offerings.Domain;
using Platform.Api.Features.Payments.Domain;
using Platform.Api.Features.Payments.Domain.Money;

namespace Platform.UnitTests.Payments;

/// <summary>
/// Partial captures obey the grid: a capture takes what each booking keeps, prices are on the grid and refunds
/// round up onto it, so every amount sent to Stripe (capture, fee, refund) is one Stripe accepts.
/// </summary>
public sealed class CaptureOnGridTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 6, 10, 15, 0);

    private static readonly CancellationPolicy Policy = new([new RefundTier(Duration.FromHours(48), 100), new RefundTier(Duration.FromHours(24), 50)], Duration.Zero);

    [Fact]
    public void A_cart_in_KWD_with_a_half_refund_captures_on_the_grid()
    {
        // 1.010 KWD cancelled under the 50 % tier: 0.505 refunded is off the grid, so 0.510 goes back, 0.500 is kept.
        var refund = RefundRule.For(BookingAction.Cancel, BookingActor.Customer, BookingStatus.Confirmed, PaymentStatus.Authorized, 1_010, "KWD", Policy, Start,
            Start - Duration.FromHours(30));
        Assert.Equal((50, 510L), (refund.RefundPercent, refund.RefundAmount));
        var plan = CapturePlan.Decide([
            new PaidBooking(Guid.NewGuid(), BookingStatus.Cancelled, 1_010, refund.RefundPercent, "KWD"),
            new PaidBooking(Guid.NewGuid(), BookingStatus.Confirmed, 2_500, null, "KWD"),
        ]);
        Assert.Equal(3_000, plan.Amount);
        Assert.All(plan.Kept.Values, kept => Assert.True(Currencies.IsOnGrid("KWD", kept)));
        Assert.Equal(150, PlatformFee.Of(plan.Amount, "KWD", 500, 0));
    }

    [Property(MaxTest = 500)]
    public Property Every_capture_of_bookings_priced_on_the_grid_is_on_the_grid() =>
        Prop.ForAll(
            (from currency in Gen.Elements("USD", "JPY", "KWD", "OMR", "ISK", "UGX")
             from bookings in Gen.ListOf(
                 from steps in Gen.Choose(1, 100_000)
                 from status in Gen.Elements(Enum.GetValues<BookingStatus>())
                 from noticeHours in Gen.Choose(0, 72)
                 select (steps, status, noticeHours))
             select (currency, bookings)).ToArbitrary(),
            c =>
            {
                var step = Currencies.Increment(c.currency);
                var paid = c.bookings.Select(b => Paid(c.currency, b.steps * step, b.status, b.noticeHours)).ToList();
                var plan = CapturePlan.Decide(paid);
                return plan.Decided && Currencies.IsOnGrid(c.currency, plan.Amount) && plan.Kept.Values.All(k => Currencies.IsOnGrid(c.currency, k))
                    && paid.All(p => Currencies.IsOnGrid(c.currency, BookingMoney.RefundDue(p.Price, plan.Kept[p.Id])));
            });

    /// <summary>A booking decided one way or another (held ones count as cancelled), refunded by the tiers if cancelled.</summary>
    private static PaidBooking Paid(string currency, long price, BookingStatus status, int noticeHours)
    {
        var refund = RefundRule.For(BookingAction.Cancel, BookingActor.Customer, BookingStatus.Confirmed, PaymentStatus.Authorized, price, currency, Policy, Start,
            Start - Duration.FromHours(noticeHours));
        var decided = status is BookingStatus.Held or BookingStatus.AwaitingHost ? BookingStatus.Cancelled : status;
        return new PaidBooking(Guid.NewGuid(), decided, price, refund.RefundPercent, currency);
    }
}
