namespace Platform.Api.Features.Payments.Checkout;

public sealed record CheckoutSessionInput
{
    public string? BookingId { get; init; }

    public string? CartId { get; init; }

    public string? GuestEmail { get; init; }

    /// <summary>Where Stripe sends the customer after paying.</summary>
    public string SuccessUrl { get; init; } = "";

    /// <summary>Where Stripe sends the customer who gives up.</summary>
    public string CancelUrl { get; init; } = "";
}
