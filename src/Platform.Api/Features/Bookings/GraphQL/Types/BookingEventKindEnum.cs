using GraphQL.Types;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class BookingEventKindEnum : EnumerationGraphType<BookingEventKind>
{
    public BookingEventKindEnum() => Name = "BookingEventKind";
}
