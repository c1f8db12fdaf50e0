namespace Platform.Api.Features.Payments;

public enum RefundStatus
{
    /// <summary>Decided and recorded; not yet accepted by Stripe.</summary>
    Requested,
    Pending,
    Succeeded,
    Failed,
    Canceled,
}
