using GraphQL.Types;
using Platform.Api.Features.Payments.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Payments.Checkout;

public sealed class CheckoutSessionPayloadType : ObjectGraphType<CheckoutSessionPayload>
{
    public CheckoutSessionPayloadType()
    {
        Name = "CheckoutSessionPayload";
        Field<PaymentType>("payment").Resolve(c => c.Source.Payment);
        Field<StringGraphType>("url").Description("Send the customer here to pay.").Resolve(c => c.Source.Url);
        Field<DateTimeOffsetGraphType>("expiresAt")
            .Description("The session closes then, no later than the holds it pays for.")
            .Resolve(c => c.Source.ExpiresAt);
        this.AddUserErrors();
    }
}
