using NodaTime;

namespace Platform.Api.Features.Offerings.Domain;

/// <summary>Cancelling at least <see cref="MinimumNotice"/> before the start refunds <see cref="RefundPercent"/> %.</summary>
public sealed record RefundTier(Duration MinimumNotice, int RefundPercent);
