namespace Platform.Api.Features.Payments.Domain.Money;

/// <summary>One currency: ISO 4217 minor units and what Stripe accepts when charging it.</summary>
/// <param name="MinorUnits">The exponent of every amount in this system and at Stripe: 0 for JPY, 2 for ISK, 3 for KWD.</param>
/// <param name="Increment">The grid: amounts are multiples of it (1, 10 for three-decimal, 100 for ISK/UGX).</param>
/// <param name="Chargeable">Stripe presents it for card payments.</param>
/// <param name="MinimumCharge">The smallest non-zero amount we let anyone charge, on the grid (0 when not chargeable).</param>
/// <param name="MinimumFromStripe">The minimum is Stripe's own figure, not our conservative choice.</param>
public sealed record Currency(
    string Code, int IsoMinorUnits, int MinorUnits, StripeAmountKind Kind, long Increment, bool Chargeable,
    long MinimumCharge, bool MinimumFromStripe, long MaximumCharge);
