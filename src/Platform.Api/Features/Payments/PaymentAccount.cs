using Platform.Tenancy;

namespace Platform.Api.Features.Payments;

/// <summary>
/// An organization's Stripe Express connected account, as its <c>account.updated</c> events last
/// said, and its plan: the platform's fee on each payment (basis points plus a fixed amount).
/// </summary>
public sealed class PaymentAccount : ITenantOwned
{
    public Guid TenantId { get; set; }

    public string StripeAccountId { get; set; } = "";

    public bool ChargesEnabled { get; set; }

    public bool PayoutsEnabled { get; set; }

    public bool DetailsSubmitted { get; set; }

    /// <summary>What Stripe still needs from the organization (currently due).</summary>
    public List<string> Requirements { get; set; } = [];

    public int FeeBasisPoints { get; set; }

    /// <summary>Minor units of the payment's currency.</summary>
    public long FeeFixedAmount { get; set; }

    /// <summary>
    /// The organization disconnected the platform (<c>account.application.deauthorized</c>): no new paid
    /// holds, and authorizations not yet captured are released. Only a new onboarding clears it.
    /// </summary>
    public DateTimeOffset? DeauthorizedAt { get; set; }

    /// <summary>Stripe's timestamp of the newest account event applied, so an older one cannot undo it.</summary>
    public DateTimeOffset? LastEventAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
