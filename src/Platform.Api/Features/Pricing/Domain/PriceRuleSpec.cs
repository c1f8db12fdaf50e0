namespace Platform.Api.Features.Pricing.Domain;

/// <summary>A discount for larger groups: from <see cref="MinSeats"/> seats, <see cref="PercentOff"/> off the per-seat total.</summary>
public sealed record SeatDiscountTier(int MinSeats, int PercentOff);

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

public enum PriceBasis
{
    PerSeat,
    Tiered,
    FlatRate,
}

/// <summary>The price a viewer would pay: the winning rule's role, its basis and the total.</summary>
public sealed record PriceQuote(string RoleKey, int Seats, long UnitAmount, long Amount, string Currency, PriceBasis Basis, int? PercentOff);
