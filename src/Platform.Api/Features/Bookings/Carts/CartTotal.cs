using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Bookings.Carts;

public sealed record CartTotal(long Amount, string Currency, int Holds)
{
    /// <summary>The live, unpaid holds of the cart: what one payment would cover now.</summary>
    public static CartTotal? Of(Cart cart, IReadOnlyList<Booking> items, DateTimeOffset now)
    {
        var due = items
            .Where(b => b.Status == BookingStatus.Held && b.HoldExpiresAt > now && b.PaymentStatus == PaymentStatus.RequiresPayment)
            .ToList();
        return due.Count == 0 || cart.Currency is null ? null : new CartTotal(due.Sum(b => b.PriceAmount), cart.Currency, due.Count);
    }
}
