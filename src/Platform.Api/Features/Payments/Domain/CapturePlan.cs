using Platform.Api.Features.Bookings;
using Platform.Api.Features.Offerings.Domain;

namespace Platform.Api.Features.Payments.Domain;

/// <summary>
/// One authorization may pay for several bookings (a cart) and can be captured once. So it is captured
/// when the last of its bookings is decided, for what the organization keeps: the price of each booking
/// that goes ahead, and of each cancelled one what its refund does not give back. Declined, expired and
/// host-cancelled bookings keep nothing, nor does a hold or an unaccepted request the customer withdrew
/// (its refund is 100 %). When nothing is kept, the authorization is released.
/// </summary>
public static class CapturePlan
{
    public static CaptureDecision Decide(IReadOnlyList<PaidBooking> bookings)
    {
        if (bookings.Any(b => b.Status is BookingStatus.Held or BookingStatus.AwaitingHost))
            return new CaptureDecision(false, 0, new Dictionary<Guid, long>());
        var kept = bookings.ToDictionary(b => b.Id, Keep);
        return new CaptureDecision(true, kept.Values.Sum(), kept);
    }

    public static long Keep(PaidBooking booking) =>
        booking.Status switch
        {
            BookingStatus.Confirmed or BookingStatus.Completed or BookingStatus.NoShow => booking.Price,
            BookingStatus.Cancelled => Math.Max(
                0,
                booking.Price - CancellationPolicy.RefundOf(booking.Price, booking.RefundPercent ?? 100, booking.Currency)
            ),
            _ => 0,
        };

    /// <summary>What a booking may keep of money already captured for it: undecided ones keep what they have.</summary>
    public static long KeepOfCaptured(PaidBooking booking, long share) =>
        booking.Status is BookingStatus.Held or BookingStatus.AwaitingHost ? share : Math.Min(share, Keep(booking));
}
