namespace Platform.Api.Features.Payments.Checkout;

/// <summary>What one payment pays for: a single hold, or every live unpaid hold of a cart.</summary>
public sealed record PaymentSubject(Guid? BookingId, Guid? CartId)
{
    public Guid Id => BookingId ?? CartId!.Value;

    public string Kind => BookingId is not null ? "booking" : "cart";
}
