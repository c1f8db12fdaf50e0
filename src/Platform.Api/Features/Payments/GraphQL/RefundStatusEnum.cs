using GraphQL.Types;

namespace Platform.Api.Features.Payments.GraphQL;

public sealed class RefundStatusEnum : EnumerationGraphType<RefundStatus>
{
    public RefundStatusEnum()
    {
        Name = "RefundStatus";
        Description = "REQUESTED: decided, not yet accepted by Stripe. Then PENDING → SUCCEEDED, or FAILED / CANCELED.";
    }
}
