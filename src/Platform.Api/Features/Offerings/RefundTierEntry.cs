namespace Platform.Api.Features.Offerings;

/// <summary>One refund tier as stored: cancelling at least this many minutes ahead refunds this percentage.</summary>
public sealed record RefundTierEntry(int MinimumNoticeMinutes, int RefundPercent);
