using Platform.Api.Features.Pricing.Domain;
using Platform.Tenancy;

namespace Platform.Api.Features.Pricing;

/// <summary>What one customer role pays for one offering (minor units). See <see cref="PriceRuleSpec"/>.</summary>
public sealed class PriceRule : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid OfferingId { get; set; }

    /// <summary>'public' (everyone) or a customer role key.</summary>
    public string RoleKey { get; set; } = PriceCalculator.PublicRole;

    public long UnitAmount { get; set; }

    public string Currency { get; set; } = "USD";

    public long? FlatAmount { get; set; }

    public int? FlatFromSeats { get; set; }

    public List<SeatDiscountTier> Tiers { get; set; } = [];

    public PriceRuleSpec ToSpec() =>
        new(RoleKey, UnitAmount, Currency)
        {
            FlatAmount = FlatAmount,
            FlatFromSeats = FlatFromSeats,
            Tiers = Tiers,
        };
}
