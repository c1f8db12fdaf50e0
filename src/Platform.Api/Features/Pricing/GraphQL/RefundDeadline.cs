namespace Platform.Api.Features.Pricing.GraphQL;

/// <summary>One refund deadline of a quote: cancel before <c>until</c> for <c>refundPercent</c>.</summary>
public sealed record RefundDeadline(int RefundPercent, long RefundAmount, DateTimeOffset Until);
