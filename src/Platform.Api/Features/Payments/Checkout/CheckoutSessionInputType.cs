using GraphQL.Types;

namespace Platform.Api.Features.Payments.Checkout;

public sealed class CheckoutSessionInputType : InputObjectGraphType<CheckoutSessionInput>
{
    public CheckoutSessionInputType()
    {
        Name = "CheckoutSessionInput";
        Field<IdGraphType>("bookingId");
        Field<IdGraphType>("cartId");
        Field<StringGraphType>("guestEmail");
        Field<NonNullGraphType<StringGraphType>>("successUrl");
        Field<NonNullGraphType<StringGraphType>>("cancelUrl");
    }
}
