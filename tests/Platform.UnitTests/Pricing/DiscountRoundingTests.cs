using Platform.Api.Features.Pricing.Domain;

namespace Platform.UnitTests.Pricing;

/// <summary>Percent off is rounded half away from zero to the minor unit.</summary>
public class DiscountRoundingTests
{
    [Theory]
    [InlineData(125, 10, 112)]   // 12.5 off → 13
    [InlineData(115, 10, 103)]   // 11.5 off → 12
    [InlineData(114, 10, 103)]   // 11.4 off → 11
    [InlineData(116, 10, 104)]   // 11.6 off → 12
    [InlineData(5, 50, 2)]       // 2.5 off → 3
    [InlineData(1999, 15, 1699)] // 299.85 off → 300
    [InlineData(1, 50, 0)]       // 0.5 off → 1
    [InlineData(1, 49, 1)]       // 0.49 off → 0
    [InlineData(1000, 0, 1000)]
    [InlineData(1000, 100, 0)]
    [InlineData(0, 30, 0)]
    public void Discount_rounds_the_amount_off_half_away_from_zero(long amount, int percentOff, long expected)
    {
        Assert.Equal(expected, PriceCalculator.Discount(amount, percentOff, "USD"));
    }

    [Fact]
    public void A_tier_discount_is_rounded_on_the_group_total_not_per_seat()
    {
        // 5 × 0.25 = 1.25; 10 % off = 0.125 → 0.13 off, total 1.12. Per seat it would be 0.025 → 0.03 × 5 = 0.15 off.
        var quote = PriceCalculator.Price(new PriceRuleSpec("public", 25, "USD") with { Tiers = [new SeatDiscountTier(5, 10)] }, 5);

        Assert.Equal(112, quote.Amount);
    }

    [Fact]
    public void Large_amounts_are_discounted_exactly()
    {
        Assert.Equal(8_999_999_999_999_999L, PriceCalculator.Discount(9_999_999_999_999_999L, 10, "USD"));
    }
}
