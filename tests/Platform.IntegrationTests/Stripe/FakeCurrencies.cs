using System.Globalization;

namespace Platform.IntegrationTests.Stripe;

/// <summary>
/// Stripe's currency rules for amounts (https://docs.stripe.com/currencies): minor units per currency,
/// the last digit of three-decimal amounts, and the minimum charge amount.
/// </summary>
public static class FakeCurrencies
{
    /// <summary>
    /// "The charge and the amount are the same, without requiring multiplication" (docs.stripe.com/currencies#zero-decimal).
    /// </summary>
    public static readonly IReadOnlySet<string> ZeroDecimal = new HashSet<string>(StringComparer.Ordinal)
    {
        "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf",
    };

    /// <summary>
    /// "The API supports three-decimal currencies for the standard payment flows, including Payment Intents,
    /// Refunds, and Disputes. However, […] these API calls require the least-significant (last) digit to be 0"
    /// (docs.stripe.com/currencies#three-decimal).
    /// </summary>
    public static readonly IReadOnlySet<string> ThreeDecimal =
        new HashSet<string>(StringComparer.Ordinal) { "bhd", "jod", "kwd", "omr", "tnd" };

    /// <summary>
    /// Minimum charge amounts in minor units, from Stripe's table "Minimum and maximum charge amounts"
    /// (docs.stripe.com/currencies#minimum-and-maximum-charge-amounts): AED…THB as the page lists them, plus
    /// ARS, COP, IDR, ILS, KRW, PHP, RUB and ZAR which later versions of the page add.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, long> MinimumCharge = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["usd"] = 50, ["aed"] = 200, ["ars"] = 50, ["aud"] = 50, ["bgn"] = 100, ["brl"] = 50, ["cad"] = 50, ["chf"] = 50,
        ["cop"] = 50, ["czk"] = 1500, ["dkk"] = 250, ["eur"] = 50, ["gbp"] = 30, ["hkd"] = 400, ["huf"] = 17500,
        ["idr"] = 50, ["ils"] = 50, ["inr"] = 50, ["jpy"] = 50, ["krw"] = 50, ["mxn"] = 1000, ["myr"] = 200, ["nok"] = 300,
        ["nzd"] = 50, ["php"] = 50, ["pln"] = 200, ["ron"] = 200, ["rub"] = 50, ["sek"] = 300, ["sgd"] = 50, ["thb"] = 1000,
        ["zar"] = 50,
    };

    /// <summary>How many minor units make one major unit (1, 100 or 1000).</summary>
    public static long MinorPerMajor(string currency) =>
        ZeroDecimal.Contains(currency) ? 1 : ThreeDecimal.Contains(currency) ? 1000 : 100;

    /// <summary>
    /// The minimum for <paramref name="currency"/>. Outside the table Stripe converts the charge to the
    /// settlement currency and applies that currency's minimum (the docs' own wording), which needs an
    /// exchange rate the fake does not have. Without conversion, the fake asks for half a major unit
    /// (50 cents, 0.500 of a three-decimal currency, 50 units of a zero-decimal one): the USD rule read at
    /// par, which refuses at least what Stripe refuses for every currency worth less than a dollar, not the
    /// exact converted figure.
    /// </summary>
    public static long MinimumChargeOf(string currency) =>
        MinimumCharge.TryGetValue(currency, out var minimum) ? minimum : ZeroDecimal.Contains(currency) ? 50 : MinorPerMajor(currency) / 2;

    /// <summary>
    /// The error Stripe gives for an amount below the minimum, or one whose last digit breaks the three-decimal rule; null when fine.
    /// </summary>
    internal static (string Code, string Message)? Check(string currency, long amount, bool minimumApplies = true)
    {
        if (ThreeDecimal.Contains(currency) && amount % 10 != 0)
        {
            // Stripe documents the rule but not the error text; invalid_charge_amount is its documented code for
            // "The specified amount is invalid" (docs.stripe.com/error-codes#invalid-charge-amount).
            return ("invalid_charge_amount",
                $"Invalid amount {amount} for {currency}: the last digit of a three-decimal currency amount must be 0 "
                + "(round to the nearest ten).");
        }
        var minimum = MinimumChargeOf(currency);
        if (minimumApplies && amount < minimum)
            return ("amount_too_small", $"Amount must be at least {Format(currency, minimum)} {currency}");
        return null;
    }

    /// <summary>An amount as Stripe writes it in messages: "$0.50" style, in major units.</summary>
    public static string Format(string currency, long amount)
    {
        var per = MinorPerMajor(currency);
        var decimals = per == 1 ? 0 : per == 100 ? 2 : 3;
        var major = (decimal)amount / per;
        return (currency == "usd" ? "$" : "") + major.ToString("F" + decimals, CultureInfo.InvariantCulture);
    }
}
