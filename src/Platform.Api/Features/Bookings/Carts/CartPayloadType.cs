using GraphQL.Types;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Carts;

public sealed class CartPayloadType : ObjectGraphType<CartPayload>
{
    public CartPayloadType()
    {
        Name = "CartPayload";
        Field<CartType>("cart").Resolve(c => c.Source.Cart);
        this.AddUserErrors();
    }
}
