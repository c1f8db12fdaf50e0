using System.Linq.Expressions;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Pricing.Domain;
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

/// <summary>Someone attending a group booking: a name, and an email when they want messages.</summary>
public sealed record Participant(string Name, string? Email);

/// <summary>
/// A booking of one occurrence. <see cref="BlockedFrom"/>/<see cref="BlockedUntil"/> are the start and
/// end widened by the offering's buffers at booking time: the span the provider is taken, and the
/// range the exclusion constraint protects. Price, role, currency and the cancellation policy are
/// snapshotted at hold time, so later catalog changes never alter a deal already made.
/// </summary>
public sealed class Booking : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid OfferingId { get; set; }

    public Guid ProviderId { get; set; }

    /// <summary>The group occurrence whose seats this booking takes; null for one-to-one bookings.</summary>
    public Guid? OccurrenceId { get; set; }

    public Guid? CustomerUserId { get; set; }

    /// <summary>A guest's address (no account); attached to the account when that email signs up.</summary>
    public string? GuestEmail { get; set; }

    public string? GuestName { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public DateTimeOffset BlockedFrom { get; set; }

    public DateTimeOffset BlockedUntil { get; set; }

    public int Seats { get; set; } = 1;

    public List<Participant> Participants { get; set; } = [];

    public BookingStatus Status { get; set; }

    public PaymentStatus PaymentStatus { get; set; }

    /// <summary>When a <see cref="BookingStatus.Held"/> booking stops holding its slot.</summary>
    public DateTimeOffset? HoldExpiresAt { get; set; }

    /// <summary>When an <see cref="BookingStatus.AwaitingHost"/> booking expires if the host stays silent.</summary>
    public DateTimeOffset? ConfirmationExpiresAt { get; set; }

    /// <summary>Total due, in minor units of <see cref="Currency"/>; 0 is free.</summary>
    public long PriceAmount { get; set; }

    public long UnitAmount { get; set; }

    public string Currency { get; set; } = "USD";

    /// <summary>The customer role the price was given for ('public' for everyone).</summary>
    public string PriceRole { get; set; } = PriceCalculator.PublicRole;

    public PriceBasis PriceBasis { get; set; }

    public int? PercentOff { get; set; }

    public List<RefundTierEntry> RefundTiers { get; set; } = [];

    public int RescheduleCutoffMinutes { get; set; }

    /// <summary>Snapshot of the offering's rule: a finalized hold waits for the host.</summary>
    public bool RequiresConfirmation { get; set; }

    public Guid? CartId { get; set; }

    public Guid? SeriesId { get; set; }

    /// <summary>0-based position in its series.</summary>
    public int? SeriesIndex { get; set; }

    /// <summary>The payment attempt paying for it (the latest, when there were several).</summary>
    public Guid? PaymentId { get; set; }

    /// <summary>What the capture kept of this booking's price (minor units), once captured.</summary>
    public long? CapturedAmount { get; set; }

    /// <summary>This booking's share of the platform fee taken at capture.</summary>
    public long? PlatformFee { get; set; }

    /// <summary>Set when its money needs a person's attention (disputed, refunded automatically).</summary>
    public string? PaymentFlag { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Percentage of the amount paid owed back by the exit (cancel, decline, expiry); the payments module sends it.</summary>
    public int? RefundPercent { get; set; }

    public long? RefundAmount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// The one rule for "this booking occupies its slot": confirmed, held with a hold that has not expired,
/// or awaiting a host whose deadline has not passed. A booking whose time ran out frees its slot at
/// once, before any job closes it.
/// </summary>
public static class BookingOccupancy
{
    /// <summary>The statuses that can occupy a slot, as SQL for partial indexes and the exclusion constraint.</summary>
    public const string ActiveStatusesSql = "status IN ('Held','AwaitingHost','Confirmed')";

    public static Expression<Func<Booking, bool>> OccupiesAt(DateTimeOffset now) =>
        b => b.Status == BookingStatus.Confirmed
            || (b.Status == BookingStatus.Held && b.HoldExpiresAt > now)
            || (b.Status == BookingStatus.AwaitingHost && (b.ConfirmationExpiresAt == null || b.ConfirmationExpiresAt > now));

    /// <summary>Occupying, or taken place (completed, no-show): what an agenda or utilization counts as booked.</summary>
    public static Expression<Func<Booking, bool>> BookedAt(DateTimeOffset now) =>
        Or(b => b.Status == BookingStatus.Completed || b.Status == BookingStatus.NoShow, OccupiesAt(now));

    /// <summary>No longer holding its place: ended states, or a hold or confirmation whose time ran out.</summary>
    public static Expression<Func<Booking, bool>> FreedAt(DateTimeOffset now)
    {
        var occupies = OccupiesAt(now);
        return Expression.Lambda<Func<Booking, bool>>(Expression.Not(occupies.Body), occupies.Parameters);
    }

    /// <summary>A customer's history: ended, or no longer holding its place.</summary>
    public static Expression<Func<Booking, bool>> PastAt(DateTimeOffset now) => Or(b => b.EndsAt <= now, FreedAt(now));

    private static Expression<Func<Booking, bool>> Or(Expression<Func<Booking, bool>> left, Expression<Func<Booking, bool>> right)
    {
        var parameter = left.Parameters[0];
        var rightBody = new Rebind(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<Booking, bool>>(Expression.OrElse(left.Body, rightBody), parameter);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    /// <summary>The same rule in memory; a test holds it equal to <see cref="OccupiesAt"/>.</summary>
    public static bool Occupies(this Booking booking, DateTimeOffset now) =>
        booking.Status == BookingStatus.Confirmed
        || (booking.Status == BookingStatus.Held && booking.HoldExpiresAt > now)
        || (booking.Status == BookingStatus.AwaitingHost && (booking.ConfirmationExpiresAt is null || booking.ConfirmationExpiresAt > now));
}
