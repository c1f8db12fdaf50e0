namespace Platform.Api.Features.Payments;

public enum PaymentChannel
{
    /// <summary>A PaymentIntent confirmed by Stripe Elements in the web or mobile client.</summary>
    Elements,

    /// <summary>A hosted Checkout Session.</summary>
    Checkout,
}
