using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Platform.Api.Features.Pricing.Domain;

namespace Platform.UnitTests.Pricing;

/// <summary>Random valid rule sets (one rule per role, one currency) and customers.</summary>
public sealed record PricingScenario(IReadOnlyList<PriceRuleSpec> Rules, IReadOnlyList<string> CustomerRoles, int Seats)
{
    public IEnumerable<PriceRuleSpec> Applicable =>
        Rules.Where(r => r.RoleKey == PriceCalculator.PublicRole || CustomerRoles.Contains(r.RoleKey, StringComparer.Ordinal));

    public override string ToString() =>
        $"seats {Seats}, roles [{string.Join(", ", CustomerRoles)}], rules: " +
        string.Join("; ", Rules.Select(r => $"{r.RoleKey} {r.UnitAmount} flat {r.FlatAmount}@{r.FlatFromSeats} tiers [{string.Join(" ", r.Tiers.Select(t => $"{t.MinSeats}:{t.PercentOff}%"))}]"));
}

public static class PricingScenarios
{
    private static readonly string[] Roles = ["public", "member", "student", "vip", "staff"];

    private static Gen<PriceRuleSpec> Rule(string role) =>
        from unit in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 20_000)))
        from hasFlat in Gen.Elements(true, false)
        from flat in Gen.Choose(0, 100_000)
        from flatFrom in Gen.Choose(1, 12)
        from tierSeats in Gen.SubListOf(Enumerable.Range(2, 14))
        from tierPercents in Gen.ArrayOf(Gen.Choose(0, 100), tierSeats.Count)
        select new PriceRuleSpec(role, unit, "EUR")
        {
            FlatAmount = hasFlat ? flat : null,
            FlatFromSeats = hasFlat ? flatFrom : null,
            Tiers = [.. tierSeats.Zip(tierPercents, (s, p) => new SeatDiscountTier(s, p))],
        };

    public static Arbitrary<PricingScenario> Scenario() => Arb.From(
        from roles in Gen.SubListOf(Roles)
        from rules in Gen.CollectToArray(roles, Rule)
        from customer in Gen.SubListOf(new[] { "member", "student", "vip", "staff", "alumni" })
        from seats in Gen.Choose(1, 20)
        select new PricingScenario(rules, [.. customer], seats));
}

public class PricePropertyTests
{
    [Property(Arbitrary = [typeof(PricingScenarios)], MaxTest = 500)]
    public void Generated_rules_are_valid(PricingScenario scenario)
    {
        Assert.Empty(PriceCalculator.Problems(scenario.Rules));
    }

    [Property(Arbitrary = [typeof(PricingScenarios)], MaxTest = 500)]
    public void The_quote_is_no_more_than_every_applicable_rules_price(PricingScenario scenario)
    {
        var quote = PriceCalculator.Quote(scenario.Rules, scenario.CustomerRoles, scenario.Seats);

        if (!scenario.Applicable.Any())
        {
            Assert.Null(quote);
            return;
        }
        Assert.NotNull(quote);
        Assert.All(scenario.Applicable, rule => Assert.True(quote.Amount <= PriceCalculator.Price(rule, scenario.Seats).Amount));
        Assert.Contains(quote, scenario.Applicable.Select(r => PriceCalculator.Price(r, scenario.Seats)));
    }

    [Property(Arbitrary = [typeof(PricingScenarios)], MaxTest = 500)]
    public void A_rule_prices_between_zero_and_the_per_seat_total(PricingScenario scenario)
    {
        foreach (var rule in scenario.Rules)
        {
            var quote = PriceCalculator.Price(rule, scenario.Seats);
            Assert.InRange(quote.Amount, 0, rule.UnitAmount * scenario.Seats);
            Assert.Equal(("EUR", scenario.Seats, rule.UnitAmount, rule.RoleKey), (quote.Currency, quote.Seats, quote.UnitAmount, quote.RoleKey));
            Assert.Equal(quote.Basis == PriceBasis.Tiered, quote.PercentOff is not null);
        }
    }

    [Property(Arbitrary = [typeof(PricingScenarios)], MaxTest = 300)]
    public void Holding_more_roles_never_raises_the_price(PricingScenario scenario, bool extraMember, bool extraVip)
    {
        var more = scenario.CustomerRoles.Concat(extraMember ? ["member"] : []).Concat(extraVip ? ["vip"] : []).ToList();

        var before = PriceCalculator.Quote(scenario.Rules, scenario.CustomerRoles, scenario.Seats);
        var after = PriceCalculator.Quote(scenario.Rules, more, scenario.Seats);

        if (before is not null) Assert.True(after is not null && after.Amount <= before.Amount);
    }

    [Property(MaxTest = 500)]
    public void Discount_is_within_half_a_minor_unit_of_the_exact_amount(uint amount, byte percentCode)
    {
        var percent = percentCode % 101;
        var exact = amount * (100m - percent) / 100m;

        var discounted = PriceCalculator.Discount(amount, percent, "USD");

        Assert.InRange(discounted - exact, -0.5m, 0.5m);
    }
}
