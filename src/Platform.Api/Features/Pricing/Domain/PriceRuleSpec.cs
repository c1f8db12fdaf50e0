namespace Platform.Api.Features.Pricing.Domain;

/// <summary>
/// What one customer role pays for an offering. Amounts are in minor units (cents) of
/// <see cref="Currency"/>; zero is free. For groups, a flat rate from some seat count and
/// percentage tiers may undercut the per-seat total; the cheapest basis applies.
/// </summary>
public sealed record PriceRuleSpec(string RoleKey, long UnitAmount, string Currency)
{
    public long? FlatAmount { get; init; }

    public int? FlatFromSeats { get; init; }

    public IReadOnlyList<SeatDiscountTier> Tiers { get; init; } = [];
}
