using Platform.Tenancy;

namespace Platform.Api.Features.Payments;

/// <summary>One refund of a booking's captured money (a booking can have several: <see cref="Sequence"/>).</summary>
public sealed class PaymentRefund : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid PaymentId { get; set; }

    public Guid BookingId { get; set; }

    public int Sequence { get; set; }

    public long Amount { get; set; }

    public string Currency { get; set; } = "USD";

    public RefundStatus Status { get; set; }

    public string? StripeRefundId { get; set; }

    /// <summary>Calls made to create it: after the first, Stripe's list of the intent's refunds is read before asking again.</summary>
    public int Attempts { get; set; }

    /// <summary>Suffix of the idempotency key, raised only when a re-read proved the last call made no refund.</summary>
    public int KeyGeneration { get; set; }

    /// <summary>Made outside Platform (the Stripe Dashboard): recorded from Stripe, never asked for.</summary>
    public bool External { get; set; }

    public string? FailureReason { get; set; }

    /// <summary>Why: the cancellation policy, or an automatic refund of money captured for a lost slot.</summary>
    public string Reason { get; set; } = "";

    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset? LastEventAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
