using GraphQL.Types;
using Platform.Api.Features.Payments.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Payments.Checkout;

public sealed class StartPaymentPayloadType : ObjectGraphType<StartPaymentPayload>
{
    public StartPaymentPayloadType()
    {
        Name = "StartPaymentPayload";
        Field<PaymentType>("payment").Resolve(c => c.Source.Payment);
        Field<StringGraphType>("clientSecret")
            .Description("For Stripe Elements (stripe.confirmPayment); never store it.")
            .Resolve(c => c.Source.ClientSecret);
        Field<StringGraphType>("publishableKey")
            .Description("The platform's publishable key for Stripe.js.")
            .Resolve(c => c.Source.PublishableKey);
        this.AddUserErrors();
    }
}
