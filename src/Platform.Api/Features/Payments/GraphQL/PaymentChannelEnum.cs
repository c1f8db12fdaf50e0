using GraphQL.Types;

namespace Platform.Api.Features.Payments.GraphQL;

public sealed class PaymentChannelEnum : EnumerationGraphType<PaymentChannel>
{
    public PaymentChannelEnum()
    {
        Name = "PaymentChannel";
        Description = "ELEMENTS: paid in the app with Stripe Elements. CHECKOUT: paid on Stripe's hosted page.";
    }
}
