namespace Platform.Api.Features.Availability.Providers;

/// <summary>Limits on the ranges staff may list a provider's overrides and busy times for.</summary>
public static class ProviderRanges
{
    public const int MaxDays = 366;

    /// <summary>The range when it is valid, else null.</summary>
    public static (DateOnly From, DateOnly To)? Dates(DateOnly from, DateOnly to) =>
        to >= from && to.DayNumber - from.DayNumber <= MaxDays ? (from, to) : null;

    public static (DateTimeOffset From, DateTimeOffset To)? Instants(DateTimeOffset from, DateTimeOffset to) =>
        to > from && (to - from).TotalDays <= MaxDays ? (from.ToUniversalTime(), to.ToUniversalTime()) : null;
}
