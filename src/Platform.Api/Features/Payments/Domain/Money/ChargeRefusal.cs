namespace Platform.Api.Features.Payments.Domain.Money;

public sealed record ChargeRefusal(ChargeRefusalKind Kind, string Message)
{
    /// <summary>The user error code, e.g. AMOUNT_OFF_GRID.</summary>
    public string Code => Kind switch
    {
        ChargeRefusalKind.UnknownCurrency or ChargeRefusalKind.NotChargeable => "CURRENCY_NOT_CHARGEABLE",
        ChargeRefusalKind.Negative => "AMOUNT_NEGATIVE",
        ChargeRefusalKind.OffGrid => "AMOUNT_OFF_GRID",
        ChargeRefusalKind.BelowMinimum => "AMOUNT_BELOW_MINIMUM",
        _ => "AMOUNT_ABOVE_MAXIMUM",
    };
}
