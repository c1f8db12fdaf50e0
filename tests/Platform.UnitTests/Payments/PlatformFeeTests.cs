using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Platform.Api.Features.Payments.Domain;

namespace Platform.UnitTests.Payments;

public sealed class PlatformFeeTests
{
    [Theory]
    [InlineData(10_000, 500, 30, 530)]
    [InlineData(12_345, 250, 0, 309)] // 308.625 rounds half up
    [InlineData(200, 50, 0, 1)] // 1.0
    [InlineData(199, 25, 0, 0)] // 0.4975
    [InlineData(100, 5000, 80, 100)] // never more than the payment
    [InlineData(0, 500, 30, 0)]
    [InlineData(5_000, 0, 0, 0)]
    public void The_fee_is_a_percentage_plus_a_fixed_amount_rounded_half_up_and_capped(long amount, int basisPoints, long fixedAmount, long fee) =>
        Assert.Equal(fee, PlatformFee.Of(amount, "USD", basisPoints, fixedAmount));

    [Fact]
    public void Split_gives_the_remainder_to_the_largest_parts_first() =>
        Assert.Equal([34L, 33L, 33L], PlatformFee.Split(100, [1_000, 1_000, 1_000]));

    [Property(MaxTest = 500)]
    public Property Split_shares_add_up_to_the_fee_and_follow_the_amounts() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 50_000).Select(i => (long)i)).Where(l => l.Count > 0).ToArbitrary(), Gen.Choose(0, 100_000).ToArbitrary(), (amounts, fee) =>
        {
            var shares = PlatformFee.Split(fee, [.. amounts]);
            var total = amounts.Sum();
            return shares.Count == amounts.Count
                && (total == 0 ? shares.All(s => s == 0) : shares.Sum() == fee)
                && shares.All(s => s >= 0)
                // Each share is within one unit of its exact proportion.
                && (total == 0 || amounts.Zip(shares).All(p => Math.Abs(p.Second - (decimal)fee * p.First / total) < 1m + 1e-9m));
        });

    [Theory]
    [InlineData(530, 10_000, 5_000, 265)]
    [InlineData(530, 10_000, 10_000, 530)]
    [InlineData(530, 10_000, 20_000, 530)]
    [InlineData(531, 10_000, 5_000, 265)] // rounds down, as Stripe's refund_application_fee
    [InlineData(530, 0, 5_000, 0)]
    public void A_refund_gives_back_the_fee_in_proportion_rounding_down(long fee, long captured, long refunded, long back) =>
        Assert.Equal(back, PlatformFee.RefundedShare(fee, captured, refunded));
}
