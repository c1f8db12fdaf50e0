using Platform.Api.Features.Pricing.Domain;

namespace Platform.Api.Features.Pricing.Rules;

public sealed record PriceRuleInput(string Role, long UnitAmount, string Currency)
{
    public long? FlatAmount { get; init; }

    public int? FlatFromSeats { get; init; }

    public IReadOnlyList<SeatDiscountTier>? Tiers { get; init; }
}
