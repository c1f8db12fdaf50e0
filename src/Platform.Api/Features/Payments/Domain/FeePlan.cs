namespace Platform.Api.Features.Payments.Domain;

/// <summary>
/// An organization's fee plan as applied to one payment. The plan (basis points plus a fixed amount) is set per
/// organization, and its fixed amount is in the organization's own currency. A price in another currency cannot
/// use it (30 cents is not 30 yen), so the fixed part for every other currency comes from the platform's
/// per-currency table (<c>Payments:FeeFixedAmounts:&lt;CUR&gt;</c>); a currency missing from it has no fixed
/// part, since a wrong guess could take more than the whole fee was meant to be.
/// </summary>
public sealed record FeePlan(
    int BasisPoints, long PlanFixedAmount, string OrganizationCurrency, IReadOnlyDictionary<string, long> FixedAmounts)
{
    /// <summary>The fixed part of the fee for a payment in <paramref name="currency"/> (minor units of it).</summary>
    public static long FixedFor(
        string currency, string organizationCurrency, long planFixedAmount, IReadOnlyDictionary<string, long> fixedAmounts)
    {
        if (string.Equals(currency, organizationCurrency, StringComparison.OrdinalIgnoreCase)) return planFixedAmount;
        return ConfiguredFor(currency, fixedAmounts) ?? 0;
    }

    /// <summary>A new organization's plan: the table's fixed fee for its currency, else the configured default.</summary>
    public static long DefaultPlanFixedAmount(
        string? organizationCurrency, long defaultFixedAmount, IReadOnlyDictionary<string, long> fixedAmounts) =>
        organizationCurrency is null ? defaultFixedAmount : ConfiguredFor(organizationCurrency, fixedAmounts) ?? defaultFixedAmount;

    public long FixedFor(string currency) => FixedFor(currency, OrganizationCurrency, PlanFixedAmount, FixedAmounts);

    /// <summary>The application fee on <paramref name="amount"/> of <paramref name="currency"/>, on its grid.</summary>
    public long FeeOn(long amount, string currency) => PlatformFee.Of(amount, currency, BasisPoints, FixedFor(currency));

    // Configuration keys are case-insensitive, so "usd" in an environment variable means USD.
    private static long? ConfiguredFor(string currency, IReadOnlyDictionary<string, long> fixedAmounts) =>
        fixedAmounts.Where(p => string.Equals(p.Key, currency, StringComparison.OrdinalIgnoreCase))
            .Select(p => (long?)p.Value).FirstOrDefault();
}
