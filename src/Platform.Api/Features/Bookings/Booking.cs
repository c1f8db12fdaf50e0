using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Pricing.Domain;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

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

    public BookingStatus Status { get => _status; init => _status = value; }

    private BookingStatus _status;

    /// <summary>
    /// The one way a status changes after construction: <see cref="Lifecycle.BookingLog.Transition"/> calls it
    /// with a target the state machine allowed, and writes the audit event in the same breath.
    /// </summary>
    internal void TransitionTo(BookingStatus to) => _status = to;

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
