using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Payments.Domain;

namespace Platform.UnitTests.Payments;

public sealed class CapturePlanTests
{
    private static PaidBooking B(BookingStatus status, long price, long? refund = null) => new(Guid.NewGuid(), status, price, refund);

    [Fact]
    public void Nothing_is_decided_while_a_booking_is_held_or_awaits_its_host()
    {
        Assert.False(CapturePlan.Decide([B(BookingStatus.Confirmed, 1_000), B(BookingStatus.AwaitingHost, 2_000)]).Decided);
        Assert.False(CapturePlan.Decide([B(BookingStatus.Held, 1_000)]).Decided);
    }

    [Fact]
    public void What_is_kept_is_captured_the_price_of_bookings_that_go_ahead_and_the_unrefunded_part_of_cancelled_ones()
    {
        var plan = CapturePlan.Decide([B(BookingStatus.Confirmed, 1_000), B(BookingStatus.Cancelled, 2_000, refund: 500), B(BookingStatus.Declined, 3_000, refund: 3_000), B(BookingStatus.Expired, 700)]);
        Assert.True(plan.Capture);
        Assert.Equal(1_000 + 1_500, plan.Amount);
    }

    [Fact]
    public void When_nothing_is_kept_the_authorization_is_released()
    {
        var plan = CapturePlan.Decide([B(BookingStatus.Declined, 3_000, 3_000), B(BookingStatus.Cancelled, 1_000, 1_000)]);
        Assert.True(plan.Release);
        Assert.Equal(0, plan.Amount);
        Assert.True(CapturePlan.Decide([]).Release);
    }
}
