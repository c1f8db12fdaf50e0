using GraphQL.Types;

namespace Platform.Api.Features.Payments.GraphQL;

public sealed class PaymentType : ObjectGraphType<Payment>
{
    public PaymentType()
    {
        Name = "Payment";
        Description = "One attempt to pay for a hold or a cart: one PaymentIntent with manual capture.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<PaymentIntentStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<PaymentChannelEnum>>("channel").Resolve(c => c.Source.Channel);
        Field(p => p.Attempt);
        Field(p => p.Amount).Description("Authorized (or to authorize), minor units.");
        Field(p => p.AmountReceived).Description("Captured, minor units.");
        Field(p => p.Currency);
        Field(p => p.PaymentIntentId, nullable: true);
        Field(p => p.CaptureBefore, nullable: true)
            .Description(
                "The authorization lapses then unless captured: Stripe's capture_before, or the payment method's configured window."
            );
        Field(p => p.PaymentMethodType, nullable: true).Description("card, klarna, … once authorized.");
        Field(p => p.CancellationReason, nullable: true)
            .Description("Stripe's reason once canceled; `automatic` when the authorization lapsed.");
        Field(p => p.CapturedAt, nullable: true);
        Field(p => p.FailureCode, nullable: true).Description("Why the last attempt to pay failed (Stripe's decline code).");
        Field(p => p.CheckoutUrl, nullable: true).Description("Where a hosted checkout is paid.");
        Field(p => p.CreatedAt);
    }
}
