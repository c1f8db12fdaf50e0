namespace Platform.Api.Features.Offerings.Editing;

public sealed record RefundTierInput(int MinimumNoticeMinutes, int RefundPercent);
