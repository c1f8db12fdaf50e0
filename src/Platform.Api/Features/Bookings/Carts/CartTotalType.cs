using GraphQL.Types;

namespace Platform.Api.Features.Bookings.Carts;

public sealed class CartTotalType : ObjectGraphType<CartTotal>
{
    public CartTotalType()
    {
        Name = "CartTotal";
        Field(t => t.Amount).Description("Minor units.");
        Field(t => t.Currency);
        Field(t => t.Holds).Description("How many holds it pays for.");
    }
}
