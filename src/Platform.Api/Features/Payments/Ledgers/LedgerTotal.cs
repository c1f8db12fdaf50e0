namespace Platform.Api.Features.Payments.Ledgers;

public sealed record LedgerTotal(string Currency, long Gross, long PlatformFee, long Refunded, long Net, int Bookings)
{
    public long Disputed { get; init; }

    public long DisputeFees { get; init; }
}
