using GraphQL.Types;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Carts;

public sealed class CartStatusEnum : EnumerationGraphType<CartStatus>
{
    public CartStatusEnum() => Name = "CartStatus";
}
