using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Payments.GraphQL;

/// <summary>What payments adds to <c>Booking</c>: its payment and refunds for its customer and staff; its money flag for staff.</summary>
internal sealed class BookingPaymentFields : IBookingFieldContributor
{
    public void AddFields(BookingType booking)
    {
        booking.Field<PaymentType>("payment")
            .Description("The payment attempt paying for it; for its customer and staff.")
            .Resolve(c => c.Source.PaymentId is { } id && BookingType.MaySeeCustomerSide(c, c.Source)
                ? c.Loaders().PaymentsById(c.Db()).Load(id)
                : null);
        booking.Field<ListGraphType<NonNullGraphType<PaymentRefundType>>>("refunds")
            .Description("Refunds of its payment, oldest first; for its customer and staff. " + BookingType.LoadedApart)
            .WithComplexityImpact(1, 3)
            .Resolve(c => c.Source.PaymentId is not null && BookingType.MaySeeCustomerSide(c, c.Source)
                ? c.Loaders().RefundsByBooking(c.Db()).Load(c.Source.Id)
                : Empty());
        booking.Field<StringGraphType>("paymentFlag")
            .Description("Set when its money needs attention (disputed, refunded automatically). Staff.")
            .Resolve(c => BookingAccess.SeesAll(c.Caller()) ? c.Source.PaymentFlag : null);
    }

    private static global::GraphQL.DataLoader.IDataLoaderResult<List<PaymentRefund>?> Empty() =>
        DataLoaderResult.FromValue<List<PaymentRefund>?>([]);
}
