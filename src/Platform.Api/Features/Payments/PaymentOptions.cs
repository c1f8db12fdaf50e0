namespace Platform.Api.Features.Payments;

/// <summary>Configuration section <c>Payments</c>: the default plan and the reconciliation's patience.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>The platform fee of new organizations: basis points of each payment (500 = 5 %)…</summary>
    public int DefaultFeeBasisPoints { get; set; } = 500;

    /// <summary>…plus this many minor units per payment.</summary>
    public long DefaultFeeFixedAmount { get; set; } = 30;

    /// <summary>A payment left unresolved this long is re-read from Stripe by the reconciliation job.</summary>
    public int ReconcileAfterMinutes { get; set; } = 10;

    /// <summary>Authorizations are captured or released at least this long before they lapse.</summary>
    public int CaptureMarginMinutes { get; set; } = 60;

    /// <summary>Where the Connect return page sends the administrator back to, if set.</summary>
    public string? OnboardingDoneUrl { get; set; }
}
