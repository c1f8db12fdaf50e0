namespace Platform.Api.Features.Bookings.Domain;

/// <summary>Who acts on a booking, as seen from that booking.</summary>
public enum BookingActor
{
    /// <summary>The person who booked it.</summary>
    Customer,

    /// <summary>The provider delivering this booking.</summary>
    Provider,

    /// <summary>An owner or admin of the organization.</summary>
    Administrator,

    /// <summary>Front-desk staff of the organization.</summary>
    Staff,

    /// <summary>Platform itself: expiry jobs, payment events.</summary>
    System,
}
