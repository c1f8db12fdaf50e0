namespace Platform.Api.Features.Offerings.Editing;

public sealed record CancellationPolicyInput(IReadOnlyList<RefundTierInput> Tiers, int RescheduleCutoffMinutes);
