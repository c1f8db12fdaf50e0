using Platform.Tenancy;

namespace Platform.Api.Features.Payments;

/// <summary>A chargeback on a payment: its bookings are flagged while it is open.</summary>
public sealed class PaymentDispute : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid PaymentId { get; set; }

    public string StripeDisputeId { get; set; } = "";

    public long Amount { get; set; }

    public string Currency { get; set; } = "USD";

    /// <summary>Stripe's: warning_needs_response, needs_response, under_review, won, lost, …</summary>
    public string Status { get; set; } = "";

    public string? Reason { get; set; }

    /// <summary>Stripe's dispute fee (its balance transactions), in the dispute's currency.</summary>
    public long Fee { get; set; }

    /// <summary>Taken back from the organization's transfer when the dispute was lost (the organization bears its chargeback).</summary>
    public long ReversedAmount { get; set; }

    public string? ReversalId { get; set; }

    public DateTimeOffset? LastEventAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
