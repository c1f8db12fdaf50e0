namespace Platform.Api.Features.Payments.Domain;

/// <summary>What the payment status of one booking follows from: its payment, its share, its refunds, disputes.</summary>
public sealed record MoneyFacts(
    IntentStatus Intent,
    bool PaymentFailed,
    long? CapturedShare,
    long RefundedSucceeded,
    bool DisputeOpen,
    DisputeOutcome? DisputeClosed
);
