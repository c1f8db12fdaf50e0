using GraphQL.Types;

namespace Platform.Api.Features.Bookings.Carts;

public sealed class CartStatusEnum : EnumerationGraphType<CartStatus>
{
    public CartStatusEnum() => Name = "CartStatus";
}
