namespace Platform.Api.Features.Payments.Checkout;

/// <summary>What to pay for: one hold (not in a cart) or a cart; guests also give the email they booked with.</summary>
public sealed record StartPaymentInput
{
    public string? BookingId { get; init; }

    public string? CartId { get; init; }

    public string? GuestEmail { get; init; }
}
