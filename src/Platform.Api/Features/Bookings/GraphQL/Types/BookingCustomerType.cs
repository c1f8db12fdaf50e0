using GraphQL.Types;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class BookingCustomerType : ObjectGraphType<Booking>
{
    public BookingCustomerType()
    {
        Name = "BookingCustomer";
        Description = "Who the booking is for: an account, or a guest's email.";
        Field<NonNullGraphType<BooleanGraphType>>("isGuest").Resolve(c => c.Source.CustomerUserId is null);
        Field<StringGraphType>("email")
            .Resolve(c =>
                c.Source.CustomerUserId is { } id ? c.Loaders().UsersById(c.Db()).Load(id).Then(u => u?.Email) : c.Source.GuestEmail
            );
        Field<StringGraphType>("displayName")
            .Resolve(c =>
                c.Source.CustomerUserId is { } id ? c.Loaders().UsersById(c.Db()).Load(id).Then(u => u?.DisplayName) : c.Source.GuestName
            );
    }
}
