using NodaTime;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>
/// A booking that occupies a provider: active bookings and unexpired holds. <see cref="Blocked"/> is
/// its time plus its own buffers, exactly the range the database's exclusion constraint protects.
/// </summary>
public sealed record OccupyingBooking(Guid OfferingId, Instant Start, InstantRange Blocked, int Seats);
