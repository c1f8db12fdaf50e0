using System.Linq.Expressions;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

public enum BookingStatus
{
    Held,
    AwaitingHost,
    Confirmed,
    Completed,
    NoShow,
    Cancelled,
    Declined,
    Expired,
}

/// <summary>
/// A booking of one occurrence. Defined with the catalog so availability is right from day one;
/// the booking lifecycle adds the rest. <see cref="BlockedFrom"/>/<see cref="BlockedUntil"/> are the
/// start and end widened by the offering's buffers at booking time: the span the provider is taken.
/// </summary>
public sealed class Booking : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid OfferingId { get; set; }

    public Guid ProviderId { get; set; }

    public Guid? CustomerUserId { get; set; }

    public string? GuestEmail { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public DateTimeOffset BlockedFrom { get; set; }

    public DateTimeOffset BlockedUntil { get; set; }

    public int Seats { get; set; } = 1;

    public BookingStatus Status { get; set; }

    /// <summary>When a <see cref="BookingStatus.Held"/> booking stops holding its slot.</summary>
    public DateTimeOffset? HoldExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// The one rule for "this booking occupies its slot": awaiting the host, confirmed, or held with a
/// hold that has not expired. An expired hold frees its slot at once, before any job closes it.
/// </summary>
public static class BookingOccupancy
{
    /// <summary>The statuses that can occupy a slot, as SQL for partial indexes (a Held row also needs an unexpired hold).</summary>
    public const string ActiveStatusesSql = "status IN ('Held','AwaitingHost','Confirmed')";

    public static Expression<Func<Booking, bool>> OccupiesAt(DateTimeOffset now) =>
        b => b.Status == BookingStatus.AwaitingHost
            || b.Status == BookingStatus.Confirmed
            || (b.Status == BookingStatus.Held && b.HoldExpiresAt > now);

    /// <summary>The same rule in memory; a test holds it equal to <see cref="OccupiesAt"/>.</summary>
    public static bool Occupies(this Booking booking, DateTimeOffset now) =>
        booking.Status is BookingStatus.AwaitingHost or BookingStatus.Confirmed
        || (booking.Status == BookingStatus.Held && booking.HoldExpiresAt > now);
}
