using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Carts;

public sealed class CartType : ObjectGraphType<Cart>
{
    public const string TypeName = "Cart";

    public CartType()
    {
        this.ImplementNode(TypeName, c => c.Id);
        Description = "Several holds under one expiry and one total, to be paid in one payment.";
        Field<NonNullGraphType<CartStatusEnum>>("status")
            .Description("As of now: an open cart past its expiry reads EXPIRED.")
            .Resolve(c => CartService.EffectiveStatus(c.Source, c.Now()));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt")
            .Description("Every hold in the cart is released then.")
            .Resolve(c => c.Source.ExpiresAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookingType>>>>("items")
            .Description("Its bookings, earliest first (free ones are confirmed at once and cost nothing).")
            .WithComplexityImpact(1, 10)
            .Resolve(c => c.Loaders().BookingsByCart(c.Db()).Load(c.Source.Id));
        Field<CartTotalType>("total")
            .Description("Due for the live holds in it; null while nothing is due.")
            .Resolve(c => c.Loaders().BookingsByCart(c.Db()).Load(c.Source.Id).Then(items => CartTotal.Of(c.Source, items ?? [], c.Now())));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}
