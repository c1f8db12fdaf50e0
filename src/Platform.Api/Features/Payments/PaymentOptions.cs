using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Features.Payments;

/// <summary>Configuration section <c>Payments</c>: the default plan and the reconciliation's patience.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>The platform fee of new organizations: basis points of each payment (500 = 5 %)…</summary>
    [Range(0, 10_000)]
    public int DefaultFeeBasisPoints { get; set; } = 500;

    /// <summary>
    /// …plus this many minor units per payment, unless <see cref="FeeFixedAmounts"/> lists the organization's currency.
    /// </summary>
    [Range(0, long.MaxValue)]
    public long DefaultFeeFixedAmount { get; set; } = 30;

    /// <summary>
    /// The fixed part of the platform fee per currency, in its minor units (<c>Payments:FeeFixedAmounts:USD=30</c>):
    /// for payments in a currency other than the organization's own (whose plan has its own fixed amount), and as a
    /// new organization's plan in its currency. A currency without an entry pays no fixed part. The defaults are
    /// about USD 0.30, the order of Stripe's own fixed card fee, as a round figure on each currency's grid.
    /// </summary>
    [Required]
    public Dictionary<string, long> FeeFixedAmounts { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = 30, ["CAD"] = 30, ["AUD"] = 30, ["NZD"] = 30, ["SGD"] = 30, ["CHF"] = 30,
        ["EUR"] = 25, ["GBP"] = 20,
        ["JPY"] = 40, ["KRW"] = 400, ["HKD"] = 200, ["INR"] = 2500, ["MXN"] = 500, ["BRL"] = 150,
        ["SEK"] = 300, ["NOK"] = 300, ["DKK"] = 200, ["PLN"] = 100,
        ["AED"] = 100, ["SAR"] = 100, ["QAR"] = 100,
        // Three-decimal currencies (thousandths, multiples of 10): about USD 0.30 each.
        ["KWD"] = 100, ["BHD"] = 100, ["OMR"] = 100, ["JOD"] = 200, ["TND"] = 1000,
        // Whole units written in hundredths (ISK 40, UGX 1,000).
        ["ISK"] = 4000, ["UGX"] = 100000,
    };

    /// <summary>A payment left unresolved this long is re-read from Stripe by the reconciliation job.</summary>
    [Range(1, 100_000)]
    public int ReconcileAfterMinutes { get; set; } = 10;

    /// <summary>Authorizations are captured or released at least this long before they lapse.</summary>
    [Range(0, 100_000)]
    public int CaptureMarginMinutes { get; set; } = 60;

    /// <summary>Where the Connect return page sends the administrator back to, if set.</summary>
    [Url]
    public string? OnboardingDoneUrl { get; set; }

    /// <summary>
    /// How long an authorization lasts, in hours, by payment method type, for methods where Stripe gives no
    /// <c>capture_before</c> (it does for cards). From https://docs.stripe.com/payments/place-a-hold-on-a-payment-method:
    /// cards 7 days online (Visa merchant-initiated 4 days 18 hours), Klarna 28 days, Afterpay/Clearpay 13 days,
    /// PayPal 10 days (`Payments__AuthorizationWindowHours__klarna=672`).
    /// </summary>
    [Required]
    public Dictionary<string, int> AuthorizationWindowHours { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["card"] = 7 * 24,
        ["link"] = 7 * 24,
        ["klarna"] = 28 * 24,
        ["afterpay_clearpay"] = 13 * 24,
        ["paypal"] = 10 * 24,
    };

    /// <summary>Any other method, or one not yet known: conservative, shorter than every window Stripe documents.</summary>
    [Range(1, 100_000)]
    public int DefaultAuthorizationWindowHours { get; set; } = 48;

    /// <summary>The window of <paramref name="paymentMethodType"/> (or the conservative default).</summary>
    public TimeSpan AuthorizationWindowOf(string? paymentMethodType) =>
        TimeSpan.FromHours(
            paymentMethodType is not null && AuthorizationWindowHours.TryGetValue(paymentMethodType, out var hours)
                ? hours
                : DefaultAuthorizationWindowHours);

    /// <summary>A webhook event that failed this many times is given up (dead letter) for a platform administrator.</summary>
    [Range(1, 1000)]
    public int WebhookMaxAttempts { get; set; } = 12;

    /// <summary>How long an event about an object not yet linked to a payment (a Checkout intent) is retried.</summary>
    [Range(0, 100_000)]
    public int UnroutedRetryHours { get; set; } = 24;
}
