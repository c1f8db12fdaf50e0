using Platform.Api.Features.Bookings.GraphQL.Types;

namespace Platform.Api.Features.Bookings.GraphQL;

/// <summary>
/// Fields another feature adds to the <c>Booking</c> type (payments adds the payment, its refunds and the
/// staff's payment flag), so the booking's type need not know that feature. Registered in DI by the
/// contributing feature; <see cref="BookingType"/> adds them after its own fields, in registration order.
/// </summary>
public interface IBookingFieldContributor
{
    void AddFields(BookingType booking);
}
