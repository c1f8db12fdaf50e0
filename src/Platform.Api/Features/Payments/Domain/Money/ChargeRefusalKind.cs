namespace Platform.Api.Features.Payments.Domain.Money;

/// <summary>Why Stripe would not take a charge of some amount.</summary>
public enum ChargeRefusalKind
{
    UnknownCurrency,
    NotChargeable,
    Negative,
    OffGrid,
    BelowMinimum,
    AboveMaximum,
}
