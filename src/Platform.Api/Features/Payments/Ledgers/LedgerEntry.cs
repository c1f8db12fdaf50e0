namespace Platform.Api.Features.Payments.Ledgers;

/// <summary>
/// One booking's money, in minor units: what the capture took (<see cref="Gross"/>), the platform's fee on it
/// less what refunds gave back of the fee, the refunds that succeeded, what a lost dispute took back from the
/// organization (<see cref="Disputed"/>), Stripe's dispute fees, and what the organization keeps.
/// </summary>
public sealed record LedgerEntry(
    Guid BookingId,
    DateTimeOffset CapturedAt,
    string Currency,
    long Gross,
    long PlatformFee,
    long Refunded,
    long Net,
    string PaymentStatus,
    string? Flag
)
{
    public long Disputed { get; init; }

    public long DisputeFees { get; init; }
}
