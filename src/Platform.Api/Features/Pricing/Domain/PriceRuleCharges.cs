using Platform.Api.Features.Payments.Domain.Money;

namespace Platform.Api.Features.Pricing.Domain;

/// <summary>
/// Price rules must be chargeable (https://docs.stripe.com/currencies): every non-zero amount on the currency's
/// grid (KWD in tens of fils, ISK in whole krónur), at least Stripe's minimum charge and at most its maximum, in a
/// currency Stripe presents. Zero is free and always allowed. Percentage tiers are rounded onto the grid by
/// <see cref="PriceCalculator.Discount"/>; a tier that would bring a price below the minimum without making it
/// free is refused too, since that price could never be paid.
/// </summary>
public static class PriceRuleCharges
{
    /// <summary>Refusals for rule <paramref name="index"/> of the input (fields like <c>rules[0].unitAmount</c>).</summary>
    public static IReadOnlyList<PriceRuleRefusal> Check(PriceRuleSpec rule, int index)
    {
        var refusals = new List<PriceRuleRefusal>();
        var prefix = $"rules[{index}]";
        // Negative amounts are PriceCalculator.Problems' to report.
        if (Refusal(rule.Currency, rule.UnitAmount) is { } unit)
            refusals.Add(new($"{prefix}.unitAmount", unit.Code, $"Role '{rule.RoleKey}', unitAmount: {unit.Message}"));
        if (rule.FlatAmount is { } flatAmount && Refusal(rule.Currency, flatAmount) is { } flat)
            refusals.Add(new($"{prefix}.flatAmount", flat.Code, $"Role '{rule.RoleKey}', flatAmount: {flat.Message}"));
        if (refusals.Count > 0 || rule.UnitAmount <= 0) return refusals;

        var minimum = Currencies.MinimumCharge(rule.Currency);
        foreach (var tier in rule.Tiers.Where(t => t.MinSeats >= 1 && t.PercentOff is > 0 and < 100))
        {
            // The tier's lowest price is at its own seat count: more seats cost more (rounding to the grid aside).
            var price = PriceCalculator.Discount(checked(rule.UnitAmount * tier.MinSeats), tier.PercentOff, rule.Currency);
            if (price > 0 && price < minimum)
                refusals.Add(new($"{prefix}.tiers", "AMOUNT_BELOW_MINIMUM",
                    $"Role '{rule.RoleKey}', tiers: {tier.PercentOff} % off from {tier.MinSeats} seats makes "
                    + $"{Currencies.Format(rule.Currency, price)}, below the smallest charge, "
                    + $"{Currencies.Format(rule.Currency, minimum)}."));
        }
        return refusals;
    }

    private static ChargeRefusal? Refusal(string currency, long amount) =>
        amount < 0 ? null : Currencies.CheckChargeable(currency, amount);
}
