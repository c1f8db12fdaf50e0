namespace Platform.Api.Features.Bookings.Live;

/// <summary>The state of one provider's time after a change: seats of a group occurrence, or whether one-to-one time is taken.</summary>
public sealed record SlotState(Guid ProviderId, DateTimeOffset Start, DateTimeOffset End, int Capacity, int SeatsTaken)
{
    public int RemainingSeats => Math.Max(0, Capacity - SeatsTaken);
}
