namespace Platform.Api.Features.Payments;

/// <summary>
/// Global (no RLS): which organization a Stripe object belongs to (connected account, PaymentIntent,
/// Checkout Session), written when the platform creates it. Webhooks are routed by this table, never by
/// metadata an event carries, so one organization's events cannot reach another's rows.
/// </summary>
public sealed class StripeObjectRoute
{
    public string ObjectId { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public string Kind { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
