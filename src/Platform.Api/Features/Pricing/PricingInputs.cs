using Platform.Api.Features.Pricing.Domain;

namespace Platform.Api.Features.Pricing;

public sealed record PriceRuleInput(string Role, long UnitAmount, string Currency)
{
    public long? FlatAmount { get; init; }

    public int? FlatFromSeats { get; init; }

    public IReadOnlyList<SeatDiscountTier>? Tiers { get; init; }
}

public sealed record QuoteRequest(string OfferingId, int Seats, DateTimeOffset Start);
