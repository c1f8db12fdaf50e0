using Platform.Api.Features.Pricing.Domain;

namespace Platform.UnitTests.Pricing;

/// <summary>One rule's price for a group: per seat, less the best tier, or a flat rate when that is cheaper.</summary>
public class GroupPriceTests
{
    private static readonly PriceRuleSpec TenDollars = new("public", 1000, "USD");

    private static readonly PriceRuleSpec Tiered = TenDollars with { Tiers = [new SeatDiscountTier(5, 10), new SeatDiscountTier(10, 20)] };

    [Fact]
    public void A_flat_rate_does_not_apply_below_its_seat_count_even_when_cheaper()
    {
        var quote = PriceCalculator.Price(TenDollars with { FlatAmount = 3000, FlatFromSeats = 5 }, 4);

        Assert.Equal(new PriceQuote("public", 4, 1000, 4000, "USD", PriceBasis.PerSeat, null), quote);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(50)]
    public void A_flat_rate_applies_from_its_seat_count_when_cheaper(int seats)
    {
        var quote = PriceCalculator.Price(TenDollars with { FlatAmount = 3000, FlatFromSeats = 5 }, seats);

        Assert.Equal(new PriceQuote("public", seats, 1000, 3000, "USD", PriceBasis.FlatRate, null), quote);
    }

    [Theory]
    [InlineData(3, 3000, PriceBasis.PerSeat)]
    [InlineData(4, 4000, PriceBasis.PerSeat)]
    [InlineData(5, 5000, PriceBasis.PerSeat)] // equal, not cheaper: stays per seat
    [InlineData(6, 5000, PriceBasis.FlatRate)]
    public void A_flat_rate_applies_only_when_strictly_cheaper(int seats, long amount, PriceBasis basis)
    {
        var quote = PriceCalculator.Price(TenDollars with { FlatAmount = 5000, FlatFromSeats = 3 }, seats);

        Assert.Equal(amount, quote.Amount);
        Assert.Equal(basis, quote.Basis);
    }

    [Theory]
    [InlineData(1, 1000, PriceBasis.PerSeat, null)]
    [InlineData(4, 4000, PriceBasis.PerSeat, null)]
    [InlineData(5, 4500, PriceBasis.Tiered, 10)]
    [InlineData(9, 8100, PriceBasis.Tiered, 10)]
    [InlineData(10, 8000, PriceBasis.Tiered, 20)]
    [InlineData(12, 9600, PriceBasis.Tiered, 20)]
    public void The_highest_qualifying_tier_applies(int seats, long amount, PriceBasis basis, int? percentOff)
    {
        var quote = PriceCalculator.Price(Tiered, seats);

        Assert.Equal(new PriceQuote("public", seats, 1000, amount, "USD", basis, percentOff), quote);
    }

    [Fact]
    public void Tier_order_in_the_rule_does_not_matter()
    {
        var reversed = TenDollars with { Tiers = [new SeatDiscountTier(10, 20), new SeatDiscountTier(5, 10)] };

        Assert.All(Enumerable.Range(1, 15), seats => Assert.Equal(PriceCalculator.Price(Tiered, seats), PriceCalculator.Price(reversed, seats)));
    }

    [Fact]
    public void Among_qualifying_tiers_the_biggest_discount_applies_even_if_a_larger_group_tier_offers_less()
    {
        var odd = TenDollars with { Tiers = [new SeatDiscountTier(5, 30), new SeatDiscountTier(10, 20)] };

        Assert.Equal(new PriceQuote("public", 10, 1000, 7000, "USD", PriceBasis.Tiered, 30), PriceCalculator.Price(odd, 10));
    }

    [Fact]
    public void A_zero_percent_tier_is_no_discount()
    {
        var quote = PriceCalculator.Price(TenDollars with { Tiers = [new SeatDiscountTier(2, 0)] }, 3);

        Assert.Equal(new PriceQuote("public", 3, 1000, 3000, "USD", PriceBasis.PerSeat, null), quote);
    }

    [Fact]
    public void A_hundred_percent_tier_makes_the_group_free()
    {
        var quote = PriceCalculator.Price(TenDollars with { Tiers = [new SeatDiscountTier(20, 100)] }, 20);

        Assert.Equal(new PriceQuote("public", 20, 1000, 0, "USD", PriceBasis.Tiered, 100), quote);
    }

    [Fact]
    public void A_flat_rate_cheaper_than_the_tiered_total_wins()
    {
        var quote = PriceCalculator.Price(Tiered with { FlatAmount = 3500, FlatFromSeats = 5 }, 5);

        Assert.Equal(new PriceQuote("public", 5, 1000, 3500, "USD", PriceBasis.FlatRate, null), quote);
    }

    [Fact]
    public void A_tiered_total_cheaper_than_the_flat_rate_wins()
    {
        var quote = PriceCalculator.Price(Tiered with { FlatAmount = 4600, FlatFromSeats = 5 }, 5);

        Assert.Equal(new PriceQuote("public", 5, 1000, 4500, "USD", PriceBasis.Tiered, 10), quote);
    }

    [Fact]
    public void A_tiered_total_equal_to_the_flat_rate_stays_tiered()
    {
        var quote = PriceCalculator.Price(Tiered with { FlatAmount = 4500, FlatFromSeats = 5 }, 5);

        Assert.Equal(PriceBasis.Tiered, quote.Basis);
    }

    [Fact]
    public void A_tiered_rule_applies_its_discount_when_quoted()
    {
        var quote = PriceCalculator.Quote([Tiered, new PriceRuleSpec("member", 950, "USD")], ["member"], 5);

        // public: 5 × 10.00 − 10 % = 45.00; member: 5 × 9.50 = 47.50.
        Assert.Equal(new PriceQuote("public", 5, 1000, 4500, "USD", PriceBasis.Tiered, 10), quote);
    }
}
