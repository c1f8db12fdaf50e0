namespace Platform.Api.Features.Payments;

public enum PaymentDecision
{
    None,
    Capture,
    Release,
}
