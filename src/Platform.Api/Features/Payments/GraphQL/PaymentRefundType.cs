using GraphQL.Types;

namespace Platform.Api.Features.Payments.GraphQL;

public sealed class PaymentRefundType : ObjectGraphType<PaymentRefund>
{
    public PaymentRefundType()
    {
        Name = "Refund";
        Description = "Money given back of a booking's captured payment (reversing the transfer and the platform fee in proportion).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(r => r.Amount).Description("Minor units.");
        Field(r => r.Currency);
        Field<NonNullGraphType<RefundStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(r => r.Reason);
        Field(r => r.FailureReason, nullable: true);
        Field(r => r.CreatedAt);
    }
}
