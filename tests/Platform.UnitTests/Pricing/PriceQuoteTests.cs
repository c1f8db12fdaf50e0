using Platform.Api.Features.Pricing.Domain;

namespace Platform.UnitTests.Pricing;

/// <summary>Which rule a customer pays: the cheapest rule of a role they hold, 'public' being held by everyone.</summary>
public class PriceQuoteTests
{
    private static PriceRuleSpec Usd(string role, long unit) => new(role, unit, "USD");

    [Fact]
    public void Everyone_pays_the_public_price_without_other_roles()
    {
        var quote = PriceCalculator.Quote([Usd("public", 2500)], [], 1);

        Assert.Equal(new PriceQuote("public", 1, 2500, 2500, "USD", PriceBasis.PerSeat, null), quote);
    }

    [Fact]
    public void A_member_pays_the_member_price_when_it_is_lower()
    {
        var quote = PriceCalculator.Quote([Usd("public", 2500), Usd("member", 2000)], ["member"], 1);

        Assert.Equal("member", quote?.RoleKey);
        Assert.Equal(2000, quote?.Amount);
    }

    [Fact]
    public void A_member_pays_the_public_price_when_the_member_price_is_higher()
    {
        var quote = PriceCalculator.Quote([Usd("public", 2500), Usd("member", 3000)], ["member"], 1);

        Assert.Equal("public", quote?.RoleKey);
        Assert.Equal(2500, quote?.Amount);
    }

    [Fact]
    public void A_free_role_pays_nothing()
    {
        var quote = PriceCalculator.Quote([Usd("public", 2500), Usd("staff", 0)], ["staff"], 3);

        Assert.Equal(new PriceQuote("staff", 3, 0, 0, "USD", PriceBasis.PerSeat, null), quote);
    }

    [Fact]
    public void The_lowest_price_among_several_held_roles_wins()
    {
        PriceRuleSpec[] rules = [Usd("public", 3000), Usd("member", 2500), Usd("student", 1800), Usd("vip", 2000), Usd("staff", 0)];

        var quote = PriceCalculator.Quote(rules, ["member", "student", "vip"], 1);

        Assert.Equal("student", quote?.RoleKey);
        Assert.Equal(1800, quote?.Amount);
    }

    [Fact]
    public void A_role_the_customer_lacks_is_ignored()
    {
        var quote = PriceCalculator.Quote([Usd("public", 2500), Usd("member", 2000), Usd("staff", 0)], ["student"], 1);

        Assert.Equal("public", quote?.RoleKey);
        Assert.Equal(2500, quote?.Amount);
    }

    [Fact]
    public void Without_an_applicable_rule_there_is_no_price()
    {
        Assert.Null(PriceCalculator.Quote([Usd("member", 2000), Usd("staff", 0)], ["student"], 1));
    }

    [Fact]
    public void Without_rules_there_is_no_price()
    {
        Assert.Null(PriceCalculator.Quote([], ["member"], 1));
    }

    [Fact]
    public void Without_a_public_rule_a_role_holder_still_gets_their_price()
    {
        var quote = PriceCalculator.Quote([Usd("member", 2000)], ["member"], 1);

        Assert.Equal(2000, quote?.Amount);
    }

    [Fact]
    public void Role_keys_are_case_sensitive()
    {
        Assert.Null(PriceCalculator.Quote([Usd("member", 2000)], ["Member"], 1));
        Assert.Null(PriceCalculator.Quote([Usd("Public", 2000)], [], 1));
    }

    [Fact]
    public void Holding_public_explicitly_or_twice_changes_nothing()
    {
        PriceRuleSpec[] rules = [Usd("public", 2500), Usd("member", 2000)];

        Assert.Equal(PriceCalculator.Quote(rules, ["member"], 2), PriceCalculator.Quote(rules, ["public", "member", "member"], 2));
    }

    [Fact]
    public void A_tie_goes_to_the_ordinally_first_role_key()
    {
        Assert.Equal("member", PriceCalculator.Quote([Usd("public", 2000), Usd("member", 2000)], ["member"], 1)?.RoleKey);
        Assert.Equal("public", PriceCalculator.Quote([Usd("zeta", 2000), Usd("public", 2000)], ["zeta"], 1)?.RoleKey);
        Assert.Equal("Member", PriceCalculator.Quote([Usd("member", 2000), Usd("Member", 2000)], ["member", "Member"], 1)?.RoleKey);
    }

    [Fact]
    public void The_price_is_per_seat_by_default()
    {
        var quote = PriceCalculator.Quote([Usd("public", 2500)], [], 4);

        Assert.Equal(new PriceQuote("public", 4, 2500, 10000, "USD", PriceBasis.PerSeat, null), quote);
    }

    [Fact]
    public void The_winner_is_decided_on_the_total_for_the_seat_count()
    {
        // Members pay more per seat but have a group flat rate from four seats.
        PriceRuleSpec[] rules = [Usd("public", 1000), Usd("member", 1200) with { FlatAmount = 3000, FlatFromSeats = 4 }];

        Assert.Equal(("public", 1000L), Winner(PriceCalculator.Quote(rules, ["member"], 1)));
        Assert.Equal(("public", 3000L), Winner(PriceCalculator.Quote(rules, ["member"], 3)));
        Assert.Equal(("member", 3000L), Winner(PriceCalculator.Quote(rules, ["member"], 4)));
        Assert.Equal(("member", 3000L), Winner(PriceCalculator.Quote(rules, ["member"], 10)));
    }

    [Theory]
    [InlineData("EUR")]
    [InlineData("JPY")]
    [InlineData("GBP")]
    public void The_currency_is_carried_through(string currency)
    {
        var quote = PriceCalculator.Quote([new PriceRuleSpec("public", 900, currency) with { Tiers = [new SeatDiscountTier(2, 10)] }], [], 2);

        Assert.Equal(currency, quote?.Currency);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Fewer_than_one_seat_is_rejected(int seats)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceCalculator.Quote([Usd("public", 2500)], [], seats));
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceCalculator.Price(Usd("public", 2500), seats));
    }

    [Fact]
    public void A_total_too_large_for_a_long_overflows_instead_of_wrapping()
    {
        Assert.Throws<OverflowException>(() => PriceCalculator.Price(Usd("public", long.MaxValue / 2), 3));
    }

    private static (string? Role, long? Amount) Winner(PriceQuote? quote) => (quote?.RoleKey, quote?.Amount);
}
