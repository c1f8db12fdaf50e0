namespace Platform.Api.Features.Pricing.Domain;

/// <summary>The price a viewer would pay: the winning rule's role, its basis and the total.</summary>
public sealed record PriceQuote(
    string RoleKey,
    int Seats,
    long UnitAmount,
    long Amount,
    string Currency,
    PriceBasis Basis,
    int? PercentOff
);
