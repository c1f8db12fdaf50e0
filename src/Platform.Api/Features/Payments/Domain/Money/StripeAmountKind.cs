namespace Platform.Api.Features.Payments.Domain.Money;

/// <summary>How Stripe writes amounts of a currency (https://docs.stripe.com/currencies).</summary>
public enum StripeAmountKind
{
    /// <summary>The currency's ISO minor unit, any integer (USD cents, also HUF and TWD charges).</summary>
    MinorUnits,

    /// <summary>#zero-decimal: whole units (JPY 500 is 500).</summary>
    ZeroDecimal,

    /// <summary>#three-decimal: thousandths ending in 0 (KWD 5.120 is 5120; 5124 is refused).</summary>
    ThreeDecimal,

    /// <summary>#special-cases ISK, UGX: whole units written with two decimals (ISK 5 is 500; 550 is refused).</summary>
    WholeUnitsInHundredths,
}
