using Platform.Api.Features.Bookings;
using Platform.Api.Features.Payments.Domain;

namespace Platform.UnitTests.Payments;

public sealed class CapturePlanTests
{
    private static PaidBooking B(BookingStatus status, long price, int? refundPercent = null) => new(Guid.NewGuid(), status, price, refundPercent);

    [Fact]
    public void Nothing_is_decided_while_a_booking_is_held_or_awaits_its_host()
    {
        Assert.False(CapturePlan.Decide([B(BookingStatus.Confirmed, 1_000), B(BookingStatus.AwaitingHost, 2_000)]).Decided);
        Assert.False(CapturePlan.Decide([B(BookingStatus.Held, 1_000)]).Decided);
    }

    [Fact]
    public void What_is_kept_is_captured_the_price_of_bookings_that_go_ahead_and_the_unrefunded_part_of_cancelled_ones()
    {
        var plan = CapturePlan.Decide([B(BookingStatus.Confirmed, 1_000), B(BookingStatus.Cancelled, 2_000, refundPercent: 25), B(BookingStatus.Declined, 3_000, refundPercent: 100), B(BookingStatus.Expired, 700)]);
        Assert.True(plan.Capture);
        Assert.Equal(1_000 + 1_500, plan.Amount);
    }

    [Fact]
    public void When_nothing_is_kept_the_authorization_is_released()
    {
        var plan = CapturePlan.Decide([B(BookingStatus.Declined, 3_000, 100), B(BookingStatus.Cancelled, 1_000, 100)]);
        Assert.True(plan.Release);
        Assert.Equal(0, plan.Amount);
        Assert.True(CapturePlan.Decide([]).Release);
    }

    [Fact]
    public void A_hold_withdrawn_while_its_authorization_was_in_flight_keeps_nothing_whatever_was_shown_as_paid()
    {
        // The rule gives 100 % to a booking that was never confirmed; the amount shown may be 0 (nothing was paid yet).
        Assert.True(CapturePlan.Decide([B(BookingStatus.Cancelled, 4_000, refundPercent: 100)]).Release);
        Assert.Equal(0, CapturePlan.Keep(B(BookingStatus.Cancelled, 4_000, refundPercent: 100)));
        // A cancelled booking with no recorded percentage is treated as refunded in full: never charged by default.
        Assert.Equal(0, CapturePlan.Keep(B(BookingStatus.Cancelled, 4_000)));
    }

    [Theory]
    [InlineData(BookingStatus.Held, 4_000L, 4_000L)]
    [InlineData(BookingStatus.AwaitingHost, 4_000L, 4_000L)]
    [InlineData(BookingStatus.Confirmed, 4_000L, 4_000L)]
    [InlineData(BookingStatus.Expired, 4_000L, 0L)]
    [InlineData(BookingStatus.Declined, 4_000L, 0L)]
    public void Money_captured_beyond_a_decision_is_kept_only_by_bookings_that_go_ahead_or_are_undecided(BookingStatus status, long share, long kept) =>
        Assert.Equal(kept, CapturePlan.KeepOfCaptured(B(status, 4_000, status is BookingStatus.Expired or BookingStatus.Declined ? 100 : null), share));
}
