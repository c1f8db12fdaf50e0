using Platform.Api.Features.Payments.Domain.Money;

namespace Platform.Api.Features.Pricing.Domain;

/// <summary>
/// Role-based pricing: every rule whose role the customer holds ('public' is held by everyone) is
/// priced for the seat count, and the lowest total wins. Ties go to the ordinally first role key,
/// so the same question always gets the same answer.
/// </summary>
public static class PriceCalculator
{
    public const string PublicRole = "public";

    /// <summary>The cheapest applicable price, or null when no rule applies to any of the customer's roles.</summary>
    public static PriceQuote? Quote(IEnumerable<PriceRuleSpec> rules, IEnumerable<string> customerRoles, int seats)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seats, 1);
        var roles = new HashSet<string>(customerRoles, StringComparer.Ordinal) { PublicRole };
        return rules
            .Where(r => roles.Contains(r.RoleKey))
            .Select(r => Price(r, seats))
            .OrderBy(q => q.Amount)
            .ThenBy(q => q.RoleKey, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>One rule's price for <paramref name="seats"/>: per seat, less the best tier, or the flat rate when cheaper.</summary>
    public static PriceQuote Price(PriceRuleSpec rule, int seats)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seats, 1);
        var perSeat = checked(rule.UnitAmount * seats);
        var tier = rule.Tiers.Where(t => seats >= t.MinSeats).OrderByDescending(t => t.PercentOff).FirstOrDefault();
        var best =
            tier is null || tier.PercentOff == 0
                ? new PriceQuote(rule.RoleKey, seats, rule.UnitAmount, perSeat, rule.Currency, PriceBasis.PerSeat, null)
                : new PriceQuote(
                    rule.RoleKey,
                    seats,
                    rule.UnitAmount,
                    Discount(perSeat, tier.PercentOff, rule.Currency),
                    rule.Currency,
                    PriceBasis.Tiered,
                    tier.PercentOff
                );
        if (rule is { FlatAmount: { } flat, FlatFromSeats: { } from } && seats >= from && flat < best.Amount)
            best = new PriceQuote(rule.RoleKey, seats, rule.UnitAmount, flat, rule.Currency, PriceBasis.FlatRate, null);
        return best;
    }

    /// <summary>
    /// Percent off, the discount rounded half away from zero to the currency's grid (12.5 cents off → 13; 10 % of
    /// KWD 1.250 is 0.125 off → 0.130, as Stripe takes three-decimal amounts only in tens of fils:
    /// https://docs.stripe.com/currencies).
    /// The price is on the grid whenever the amount is, and a midpoint goes to the customer.
    /// </summary>
    public static long Discount(long amount, int percentOff, string currency) =>
        amount - Currencies.RoundToGrid(currency, amount * (decimal)percentOff / 100m, MidpointRounding.AwayFromZero);

    /// <summary>Problems with a set of rules for one offering, or none. One currency, one rule per role, sane amounts.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<PriceRuleSpec> rules)
    {
        var problems = new List<string>();
        if (rules.Select(r => r.Currency).Distinct(StringComparer.Ordinal).Count() > 1)
            problems.Add("All price rules of an offering must use one currency.");
        foreach (var duplicate in rules.GroupBy(r => r.RoleKey, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"Role '{duplicate.Key}' has more than one price rule.");
        foreach (var rule in rules)
        {
            if (rule.UnitAmount < 0 || rule.FlatAmount < 0)
                problems.Add($"Role '{rule.RoleKey}': amounts cannot be negative.");
            if ((rule.FlatAmount is null) != (rule.FlatFromSeats is null))
                problems.Add($"Role '{rule.RoleKey}': a flat rate needs both an amount and a seat count.");
            if (rule.FlatFromSeats < 1)
                problems.Add($"Role '{rule.RoleKey}': a flat rate starts at one seat or more.");
            if (rule.Tiers.Any(t => t.MinSeats < 2 || t.PercentOff is < 0 or > 100))
                problems.Add($"Role '{rule.RoleKey}': tiers start at two seats or more and take 0–100 % off.");
            if (rule.Tiers.Select(t => t.MinSeats).Distinct().Count() != rule.Tiers.Count)
                problems.Add($"Role '{rule.RoleKey}': two tiers start at the same seat count.");
        }
        return problems;
    }
}
