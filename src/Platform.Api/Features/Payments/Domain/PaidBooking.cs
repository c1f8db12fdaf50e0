using Platform.Api.Features.Bookings;

namespace Platform.Api.Features.Payments.Domain;

/// <summary>One booking of a payment, as the capture decision sees it.</summary>
/// <param name="RefundPercent">Of the price, what its exit gives back (null while it has not ended).</param>
public sealed record PaidBooking(Guid Id, BookingStatus Status, long Price, int? RefundPercent, string Currency = "USD");
