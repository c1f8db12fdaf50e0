namespace Platform.Api.Features.Bookings.Stats;

/// <summary>
/// Money of one currency: <see cref="Gross"/> is the price of every booking that was made for real
/// (awaiting the host, confirmed, completed, no-show, or paid before it was cancelled);
/// <see cref="Refunded"/> what their exits owe back; <see cref="Net"/> what the organization keeps.
/// </summary>
public sealed record CurrencyRevenue(string Currency, int Bookings, long Gross, long Refunded)
{
    public long Net => Gross - Refunded;
}
