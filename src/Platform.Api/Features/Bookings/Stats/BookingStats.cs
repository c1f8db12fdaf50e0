namespace Platform.Api.Features.Bookings.Stats;

public sealed record BookingStats(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<StatusCount> ByStatus,
    IReadOnlyList<CurrencyRevenue> Revenue,
    IReadOnlyList<ProviderUtilization> Utilization
);
