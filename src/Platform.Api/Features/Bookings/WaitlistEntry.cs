using Platform.Api.Features.Bookings.Domain;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

/// <summary>A customer's place in the FIFO queue for a full group occurrence.</summary>
public sealed class WaitlistEntry : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid OccurrenceId { get; set; }

    public Guid CustomerUserId { get; set; }

    public int Seats { get; set; } = 1;

    /// <summary>The session length wanted, in minutes.</summary>
    public int DurationMinutes { get; set; }

    public List<Participant> Participants { get; set; } = [];

    public WaitlistStatus Status { get; set; }

    public Guid? OfferedBookingId { get; set; }

    public DateTimeOffset? OfferedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
