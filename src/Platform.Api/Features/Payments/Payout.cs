using Platform.Tenancy;

namespace Platform.Api.Features.Payments;

/// <summary>Money Stripe sent (or failed to send) from the organization's account to its bank.</summary>
public sealed class Payout : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public string StripePayoutId { get; set; } = "";

    public long Amount { get; set; }

    public string Currency { get; set; } = "USD";

    /// <summary>Stripe's: pending, in_transit, paid, failed, canceled.</summary>
    public string Status { get; set; } = "";

    public DateTimeOffset? ArrivalDate { get; set; }

    public string? FailureCode { get; set; }

    public DateTimeOffset? LastEventAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
