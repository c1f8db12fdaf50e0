using Platform.Api.Features.Pricing.Domain;

namespace Platform.UnitTests.Pricing;

public class PriceRuleProblemsTests
{
    private static PriceRuleSpec Usd(string role, long unit) => new(role, unit, "USD");

    [Fact]
    public void Sane_rules_have_no_problems()
    {
        PriceRuleSpec[] rules =
        [
            Usd("public", 2500) with { FlatAmount = 10000, FlatFromSeats = 5, Tiers = [new SeatDiscountTier(2, 0), new SeatDiscountTier(4, 100)] },
            Usd("member", 2000),
            Usd("staff", 0),
            Usd("group", 0) with { FlatAmount = 0, FlatFromSeats = 1 },
        ];

        Assert.Empty(PriceCalculator.Problems(rules));
    }

    [Fact]
    public void No_rules_have_no_problems()
    {
        Assert.Empty(PriceCalculator.Problems([]));
    }

    [Fact]
    public void Mixed_currencies_are_reported_once()
    {
        var problems = PriceCalculator.Problems([Usd("public", 2500), new PriceRuleSpec("member", 2000, "EUR"), new PriceRuleSpec("vip", 1000, "GBP")]);

        Assert.Equal(["All price rules of an offering must use one currency."], problems);
    }

    [Fact]
    public void Currency_codes_differing_only_in_case_are_mixed()
    {
        Assert.Single(PriceCalculator.Problems([Usd("public", 2500), new PriceRuleSpec("member", 2000, "usd")]));
    }

    [Fact]
    public void A_role_with_several_rules_is_reported_once()
    {
        var problems = PriceCalculator.Problems([Usd("member", 2500), Usd("public", 3000), Usd("member", 2000), Usd("member", 1000)]);

        Assert.Equal(["Role 'member' has more than one price rule."], problems);
    }

    [Fact]
    public void Roles_differing_only_in_case_are_different_roles()
    {
        Assert.Empty(PriceCalculator.Problems([Usd("member", 2500), Usd("Member", 2000)]));
    }

    [Fact]
    public void A_negative_unit_amount_is_reported()
    {
        Assert.Equal(["Role 'member': amounts cannot be negative."], PriceCalculator.Problems([Usd("member", -1)]));
    }

    [Fact]
    public void A_negative_flat_amount_is_reported()
    {
        Assert.Equal(
            ["Role 'member': amounts cannot be negative."],
            PriceCalculator.Problems([Usd("member", 100) with { FlatAmount = -500, FlatFromSeats = 3 }]));
    }

    [Fact]
    public void A_flat_amount_without_a_seat_count_is_reported()
    {
        Assert.Equal(
            ["Role 'public': a flat rate needs both an amount and a seat count."],
            PriceCalculator.Problems([Usd("public", 100) with { FlatAmount = 500 }]));
    }

    [Fact]
    public void A_seat_count_without_a_flat_amount_is_reported()
    {
        Assert.Equal(
            ["Role 'public': a flat rate needs both an amount and a seat count."],
            PriceCalculator.Problems([Usd("public", 100) with { FlatFromSeats = 4 }]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_flat_rate_from_less_than_one_seat_is_reported(int seats)
    {
        Assert.Equal(
            ["Role 'public': a flat rate starts at one seat or more."],
            PriceCalculator.Problems([Usd("public", 100) with { FlatAmount = 500, FlatFromSeats = seats }]));
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(0, 10)]
    [InlineData(2, -1)]
    [InlineData(2, 101)]
    public void A_tier_below_two_seats_or_outside_zero_to_a_hundred_percent_is_reported(int minSeats, int percentOff)
    {
        Assert.Equal(
            ["Role 'public': tiers start at two seats or more and take 0–100 % off."],
            PriceCalculator.Problems([Usd("public", 100) with { Tiers = [new SeatDiscountTier(minSeats, percentOff)] }]));
    }

    [Fact]
    public void Two_tiers_starting_at_the_same_seat_count_are_reported()
    {
        Assert.Equal(
            ["Role 'public': two tiers start at the same seat count."],
            PriceCalculator.Problems([Usd("public", 100) with { Tiers = [new SeatDiscountTier(5, 10), new SeatDiscountTier(5, 20)] }]));
    }

    [Fact]
    public void Every_problem_is_reported_together()
    {
        PriceRuleSpec[] rules =
        [
            Usd("public", -100) with { FlatAmount = 500 },
            new PriceRuleSpec("public", 100, "EUR") with { Tiers = [new SeatDiscountTier(1, 10), new SeatDiscountTier(1, 5)] },
        ];

        Assert.Equal(
            [
                "All price rules of an offering must use one currency.",
                "Role 'public' has more than one price rule.",
                "Role 'public': amounts cannot be negative.",
                "Role 'public': a flat rate needs both an amount and a seat count.",
                "Role 'public': tiers start at two seats or more and take 0–100 % off.",
                "Role 'public': two tiers start at the same seat count.",
            ],
            PriceCalculator.Problems(rules));
    }
}
