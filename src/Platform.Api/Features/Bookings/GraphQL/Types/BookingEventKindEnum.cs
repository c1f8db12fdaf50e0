using GraphQL.Types;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class BookingEventKindEnum : EnumerationGraphType<BookingEventKind>
{
    public BookingEventKindEnum() => Name = "BookingEventKind";
}
