namespace Platform.Api.Features.Bookings.GraphQL.Types;

/// <summary>A refund as a percentage and an amount.</summary>
public sealed record RefundQuote(int RefundPercent, long RefundAmount, string Currency)
{
    public static RefundQuote Of(Offerings.Domain.RefundDecision decision, string currency) =>
        new(decision.RefundPercent, decision.RefundAmount, currency);
}
