using System.Collections.Frozen;
using System.Globalization;

namespace Platform.Api.Features.Payments.Domain.Money;

/// <summary>
/// Every active ISO 4217 currency with its minor units, and Stripe's rules for charging it: zero-decimal and
/// three-decimal currencies, the special cases, minimum and maximum amounts (https://docs.stripe.com/currencies).
/// Amounts everywhere are integers in <see cref="Currency.MinorUnits"/>, exactly what Stripe's API takes, and on
/// the currency's grid (<see cref="Currency.Increment"/>): prices are refused off it, computed amounts are rounded
/// onto it. Unknown codes get a grid of 1, so arithmetic never fails; they are simply not chargeable.
/// </summary>
public static class Currencies
{
    private static readonly FrozenDictionary<string, Currency> All = Build();

    public static IEnumerable<Currency> Known => All.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    public static Currency? Find(string? code) =>
        code is not null && All.TryGetValue(code, out var currency) ? currency : null;

    public static int MinorUnits(string code) => Find(code)?.MinorUnits ?? 2;

    public static long Increment(string code) => Find(code)?.Increment ?? 1;

    public static bool IsOnGrid(string code, long amount) => amount % Increment(code) == 0;

    /// <summary>
    /// <paramref name="amount"/> (minor units, possibly fractional) as a multiple of the grid, rounded by
    /// <paramref name="mode"/>: <see cref="MidpointRounding.ToPositiveInfinity"/> rounds up, ToNegativeInfinity
    /// down, AwayFromZero and ToEven to the nearest with that tie-break.
    /// </summary>
    public static long RoundToGrid(string code, decimal amount, MidpointRounding mode)
    {
        var increment = Increment(code);
        return checked((long)Math.Round(amount / increment, mode) * increment);
    }

    public static long RoundToGrid(string code, long amount, MidpointRounding mode) => RoundToGrid(code, (decimal)amount, mode);

    public static long MinimumCharge(string code) => Find(code)?.MinimumCharge ?? 0;

    /// <summary>Null when Stripe would take a charge of <paramref name="amount"/>; zero is fine (free never reaches Stripe).</summary>
    public static ChargeRefusal? CheckChargeable(string code, long amount)
    {
        if (amount == 0) return null;
        if (amount < 0) return new(ChargeRefusalKind.Negative, "An amount cannot be negative.");
        if (Find(code) is not { } currency) return new(ChargeRefusalKind.UnknownCurrency, $"'{code}' is not a currency we know.");
        if (!currency.Chargeable) return new(ChargeRefusalKind.NotChargeable, $"Stripe does not take card payments in {code}.");
        var (shown, step) = (Format(code, amount), Format(code, currency.Increment));
        if (amount % currency.Increment != 0)
            return new(ChargeRefusalKind.OffGrid, $"{shown} cannot be charged: Stripe takes {code} only in steps of {step}.");
        if (amount < currency.MinimumCharge)
            return new(ChargeRefusalKind.BelowMinimum, $"{shown} is below the smallest charge, {Format(code, currency.MinimumCharge)}.");
        if (amount > currency.MaximumCharge)
            return new(ChargeRefusalKind.AboveMaximum, $"{shown} is above the largest charge, {Format(code, currency.MaximumCharge)}.");
        return null;
    }

    /// <summary>An amount in major units for messages: 1005 KWD → "1.005 KWD", 50 JPY → "50 JPY".</summary>
    public static string Format(string code, long amount) =>
        $"{(amount / (decimal)Pow10(MinorUnits(code))).ToString("F" + MinorUnits(code), CultureInfo.InvariantCulture)} {code}";

    private static long Pow10(int exponent)
    {
        var power = 1L;
        for (var i = 0; i < exponent; i++) power *= 10;
        return power;
    }

    private static FrozenDictionary<string, Currency> Build()
    {
        var iso = CurrencyTable.IsoByMinorUnits
            .SelectMany(p => CurrencyTable.Codes(p.Value).Select(code => (code, units: p.Key)))
            .ToDictionary(p => p.code, p => p.units, StringComparer.Ordinal);
        var presented = CurrencyTable.Codes(CurrencyTable.StripePresentment).ToHashSet(StringComparer.Ordinal);
        // STD: withdrawn by ISO (two minor units then) but still Stripe's code for the dobra.
        foreach (var legacy in presented.Where(c => !iso.ContainsKey(c))) iso[legacy] = 2;
        return iso.Select(p => Create(p.Key, p.Value, presented.Contains(p.Key)))
            .ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    private static Currency Create(string code, int isoMinorUnits, bool chargeable)
    {
        var kind = KindOf(code);
        var (minorUnits, increment) = kind switch
        {
            StripeAmountKind.ZeroDecimal => (0, 1L),
            StripeAmountKind.ThreeDecimal => (3, 10L),
            StripeAmountKind.WholeUnitsInHundredths => (2, 100L),
            _ => (isoMinorUnits, 1L),
        };
        var fromStripe = CurrencyTable.StripeMinimums.TryGetValue(code, out var major);
        if (!fromStripe && !CurrencyTable.ConservativeMinimums.TryGetValue(code, out major)) major = 0;
        // A minimum off the grid would be unchargeable itself: round it up onto the grid.
        var minimum = chargeable ? Math.Max(increment, (long)Math.Ceiling(major * Pow10(minorUnits) / increment) * increment) : 0;
        var digits = code == "IDR" ? CurrencyTable.MaximumDigitsIdr : CurrencyTable.MaximumDigits;
        var maximum = (Pow10(digits) - 1) / increment * increment;
        return new Currency(code, isoMinorUnits, minorUnits, kind, increment, chargeable, minimum, fromStripe, maximum);
    }

    private static StripeAmountKind KindOf(string code)
    {
        if (CurrencyTable.Codes(CurrencyTable.StripeWholeUnitsInHundredths).Contains(code))
            return StripeAmountKind.WholeUnitsInHundredths;
        if (CurrencyTable.Codes(CurrencyTable.StripeThreeDecimal).Contains(code)) return StripeAmountKind.ThreeDecimal;
        if (CurrencyTable.Codes(CurrencyTable.StripeZeroDecimal).Contains(code)) return StripeAmountKind.ZeroDecimal;
        return StripeAmountKind.MinorUnits;
    }
}
