namespace Platform.Api.Features.Offerings.Domain;

/// <summary>What a customer's cancellation refunds and when it became final.</summary>
public sealed record RefundDecision(int RefundPercent, long RefundAmount, RefundTier? Tier);
