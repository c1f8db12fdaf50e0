using System.Globalization;

namespace Platform.IntegrationTests.Stripe;

/// <summary>
/// Stripe's grid for amounts (https://docs.stripe.com/currencies): three-decimal currencies need a last digit of 0
/// in Payment Intents, Refunds and Disputes, ISK and UGX whole units written in hundredths. Modelled here on its own,
/// not taken from the platform's table, so a platform that sends an off-grid amount is caught as Stripe would.
/// </summary>
public sealed partial class StripeFake
{
    private static readonly Dictionary<string, long> Steps = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bhd"] = 10, ["jod"] = 10, ["kwd"] = 10, ["omr"] = 10, ["tnd"] = 10, ["isk"] = 100, ["ugx"] = 100,
    };

    /// <summary>A refusal when any of <paramref name="amounts"/> is off <paramref name="currency"/>'s grid.</summary>
    private static Outcome? OffGrid(string? currency, params long?[] amounts)
    {
        if (currency is null || !Steps.TryGetValue(currency, out var step)) return null;
        var off = amounts.FirstOrDefault(a => a is { } value && value % step != 0);
        return off is null ? null : Outcome.Bad("invalid_amount",
            string.Create(CultureInfo.InvariantCulture, $"Amounts in {currency} must be multiples of {step}; {off} is not."));
    }
}
