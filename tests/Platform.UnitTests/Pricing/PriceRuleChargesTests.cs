using Platform.Api.Features.Pricing.Domain;

namespace Platform.UnitTests.Pricing;

/// <summary>Price rules Stripe could charge: on the grid, at least the minimum, in a currency it presents; zero is free.</summary>
public sealed class PriceRuleChargesTests
{
    private static IReadOnlyList<(string Field, string Code)> Check(PriceRuleSpec rule, int index = 0) =>
        [.. PriceRuleCharges.Check(rule, index).Select(r => (r.Field, r.Code))];

    [Theory]
    [InlineData("USD", 50)]
    [InlineData("USD", 0)]
    [InlineData("JPY", 50)]
    [InlineData("JPY", 1_001)]
    [InlineData("KWD", 500)]
    [InlineData("KWD", 1_010)]
    [InlineData("ISK", 20_000)]
    public void Chargeable_and_free_prices_pass(string currency, long unitAmount) =>
        Assert.Empty(Check(new PriceRuleSpec("public", unitAmount, currency)));

    [Theory]
    [InlineData("KWD", 1_005, "AMOUNT_OFF_GRID")]
    [InlineData("KWD", 490, "AMOUNT_BELOW_MINIMUM")]
    [InlineData("JPY", 49, "AMOUNT_BELOW_MINIMUM")]
    [InlineData("USD", 49, "AMOUNT_BELOW_MINIMUM")]
    [InlineData("ISK", 20_050, "AMOUNT_OFF_GRID")]
    [InlineData("USD", 100_000_000, "AMOUNT_ABOVE_MAXIMUM")]
    [InlineData("IRR", 100_000, "CURRENCY_NOT_CHARGEABLE")]
    public void Amounts_Stripe_would_refuse_are_refused_naming_the_field(string currency, long unitAmount, string code)
    {
        Assert.Equal([("rules[2].unitAmount", code)], Check(new PriceRuleSpec("public", unitAmount, currency), 2));
        Assert.Contains("unitAmount", PriceRuleCharges.Check(new PriceRuleSpec("public", unitAmount, currency), 2)[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_amounts_are_left_to_the_rule_problems()
    {
        Assert.Empty(Check(new PriceRuleSpec("public", -5, "USD")));
        Assert.Single(PriceCalculator.Problems([new PriceRuleSpec("public", -5, "USD")]));
    }

    [Fact]
    public void A_flat_rate_must_be_chargeable_too()
    {
        var rule = new PriceRuleSpec("public", 1_000, "KWD") { FlatAmount = 2_505, FlatFromSeats = 3 };
        Assert.Equal([("rules[0].flatAmount", "AMOUNT_OFF_GRID")], Check(rule));
        Assert.Empty(Check(rule with { FlatAmount = 0 }));
    }

    [Fact]
    public void A_tier_that_brings_a_price_below_the_minimum_without_making_it_free_is_refused()
    {
        var rule = new PriceRuleSpec("public", 500, "KWD") { Tiers = [new SeatDiscountTier(2, 60)] }; // 1.000 → 0.400
        Assert.Equal([("rules[0].tiers", "AMOUNT_BELOW_MINIMUM")], Check(rule));
        Assert.Empty(Check(rule with { Tiers = [new SeatDiscountTier(2, 50)] }));  // 0.500
        Assert.Empty(Check(rule with { Tiers = [new SeatDiscountTier(2, 100)] })); // free
        Assert.Empty(Check(new PriceRuleSpec("public", 50, "USD") { Tiers = [new SeatDiscountTier(2, 50)] }));
        Assert.Single(Check(new PriceRuleSpec("public", 50, "USD") { Tiers = [new SeatDiscountTier(2, 51)] }));
    }

    [Theory]
    [InlineData(1_250, 10, 1_120)] // 0.125 off → 0.130: the midpoint goes to the customer
    [InlineData(1_240, 10, 1_120)] // 0.124 off → 0.120
    [InlineData(1_260, 10, 1_130)] // 0.126 off → 0.130
    [InlineData(3_330, 33, 2_230)] // 1.0989 off → 1.100
    public void Percent_off_in_KWD_stays_on_the_grid(long amount, int percentOff, long price)
    {
        Assert.Equal(price, PriceCalculator.Discount(amount, percentOff, "KWD"));
        var quote = PriceCalculator.Price(new PriceRuleSpec("public", amount / 2, "KWD") { Tiers = [new SeatDiscountTier(2, percentOff)] }, 2);
        Assert.Equal((price, PriceBasis.Tiered), (quote.Amount, quote.Basis));
    }
}
