using GraphQL.Types;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class BookingCancellationType : ObjectGraphType<Booking>
{
    public BookingCancellationType()
    {
        Name = "BookingCancellation";
        Description = "How a booking ended early and what it gives back (sent by the payments module).";
        Field<DateTimeOffsetGraphType>("at").Resolve(c => c.Source.CancelledAt);
        Field<NonNullGraphType<IntGraphType>>("refundPercent").Resolve(c => c.Source.RefundPercent ?? 0);
        Field<NonNullGraphType<LongGraphType>>("refundAmount").Resolve(c => c.Source.RefundAmount ?? 0);
        Field<NonNullGraphType<StringGraphType>>("currency").Resolve(c => c.Source.Currency);
    }
}
