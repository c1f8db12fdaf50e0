using Platform.Api.Features.Payments.Domain;
using Platform.Tenancy;

namespace Platform.Api.Features.Payments;

/// <summary>
/// One attempt to pay for a hold or a cart: one PaymentIntent (manual capture, a destination charge to
/// the organization's account, the platform's fee). Its status is what Stripe last said; its decision is
/// what the platform chose once every booking it pays for was decided, recorded before Stripe is asked,
/// so a crash between the two is finished by the next run rather than repeated or forgotten.
/// </summary>
public sealed class Payment : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid? BookingId { get; set; }

    public Guid? CartId { get; set; }

    /// <summary>1, 2, … per booking or cart: part of the idempotency key, so a retry reuses its intent.</summary>
    public int Attempt { get; set; }

    public PaymentChannel Channel { get; set; }

    public string? PaymentIntentId { get; set; }

    public string? CheckoutSessionId { get; set; }

    public DateTimeOffset? CheckoutExpiresAt { get; set; }

    /// <summary>Where the customer pays a Checkout Session (handed back on a retry).</summary>
    public string? CheckoutUrl { get; set; }

    public long Amount { get; set; }

    public string Currency { get; set; } = "USD";

    public long ApplicationFee { get; set; }

    /// <summary>The fee plan agreed when the payment started (basis points), used at capture whatever the plan becomes.</summary>
    public int FeeBasisPoints { get; set; }

    /// <summary>The fixed part of the agreed fee, in this payment's currency.</summary>
    public long FeeFixedAmount { get; set; }

    public string DestinationAccountId { get; set; } = "";

    public IntentStatus Status { get; set; }

    public long AmountCapturable { get; set; }

    public long AmountReceived { get; set; }

    /// <summary>
    /// When the authorization lapses unless captured: Stripe's <c>capture_before</c> where it gives one (cards),
    /// else the configured window of the payment method from <see cref="AuthorizedAt"/>.
    /// </summary>
    public DateTimeOffset? CaptureBefore { get; set; }

    /// <summary>When the authorization was first seen.</summary>
    public DateTimeOffset? AuthorizedAt { get; set; }

    /// <summary>The latest charge's payment method type (card, klarna, …).</summary>
    public string? PaymentMethodType { get; set; }

    /// <summary>Stripe's reason for a cancellation: <c>automatic</c> means the authorization lapsed.</summary>
    public string? CancellationReason { get; set; }

    /// <summary>The destination charge's transfer to the organization (taken back in part when a dispute is lost).</summary>
    public string? TransferId { get; set; }

    /// <summary>
    /// Suffix of the capture/cancel idempotency key. Stripe replays a saved 5xx for the same key, so after one the
    /// intent is re-read and, only if the action did not happen, asked again under the next generation.
    /// </summary>
    public int KeyGeneration { get; set; }

    /// <summary>A capture or cancel was sent and its outcome is unknown: read the intent before asking again.</summary>
    public bool CallUncertain { get; set; }

    public string? FailureCode { get; set; }

    public PaymentDecision Decision { get; set; }

    public long DecisionAmount { get; set; }

    public long DecisionFee { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>One worker at a time asks Stripe to act on this payment; others leave it until then.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset? CapturedAt { get; set; }

    /// <summary>Stripe's timestamp of the newest observation applied.</summary>
    public DateTimeOffset? LastEventAt { get; set; }

    /// <summary>Set when something needs a person's attention (captured after the slot was lost, auto-refunded).</summary>
    public string? Flag { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
