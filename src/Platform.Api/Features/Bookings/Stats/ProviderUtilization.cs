namespace Platform.Api.Features.Bookings.Stats;

/// <summary>How much of a provider's working time (hours less blackouts) in the range is booked.</summary>
public sealed record ProviderUtilization(Guid ProviderId, long AvailableMinutes, long BookedMinutes)
{
    public double Ratio => AvailableMinutes == 0 ? 0 : Math.Round((double)BookedMinutes / AvailableMinutes, 4);
}
