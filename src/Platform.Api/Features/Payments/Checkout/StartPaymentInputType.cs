using GraphQL.Types;

namespace Platform.Api.Features.Payments.Checkout;

public sealed class StartPaymentInputType : InputObjectGraphType<StartPaymentInput>
{
    public StartPaymentInputType()
    {
        Name = "StartPaymentInput";
        Field<IdGraphType>("bookingId").Description("A hold that is not in a cart.");
        Field<IdGraphType>("cartId").Description("A cart: pays every live unpaid hold in it.");
        Field<StringGraphType>("guestEmail").Description("Guests: the email they booked with.");
    }
}
