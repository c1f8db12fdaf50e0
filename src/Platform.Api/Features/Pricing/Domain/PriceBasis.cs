namespace Platform.Api.Features.Pricing.Domain;

public enum PriceBasis
{
    PerSeat,
    Tiered,
    FlatRate,
}
