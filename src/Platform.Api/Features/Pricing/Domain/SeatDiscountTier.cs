namespace Platform.Api.Features.Pricing.Domain;

/// <summary>A discount for larger groups: from <see cref="MinSeats"/> seats, <see cref="PercentOff"/> off the per-seat total.</summary>
public sealed record SeatDiscountTier(int MinSeats, int PercentOff);
