using Platform.Api.Features.Bookings.Stats;

namespace Platform.Api.Features.Bookings.Live;

/// <summary>Today at a glance, in the organization's time zone.</summary>
public sealed record Dashboard(
    DateOnly Date,
    string TimeZone,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<StatusCount> BookingsByStatus,
    int PendingConfirmations,
    IReadOnlyList<CurrencyRevenue> Revenue,
    DateTimeOffset AsOf);
