using Platform.Tenancy;

namespace Platform.Api.Features.Notifications;

/// <summary>
/// One message to one recipient over one channel: an email to an address, or a webhook call to an endpoint.
/// <see cref="DedupKey"/> is unique per organization (event × channel × recipient × message), so a fan-out that
/// runs twice makes it once; a worker claims it with <see cref="LockedUntil"/> before sending, so two instances
/// never send it together.
/// </summary>
public sealed class NotificationDelivery : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>The outbox event it came from (null for reminders, which the schedule makes).</summary>
    public Guid? OutboxEventId { get; set; }

    /// <summary>The outbox event's sequence (or the scheduling event's), the order of one booking's deliveries.</summary>
    public long EventSequence { get; set; }

    public Guid? BookingId { get; set; }

    public DeliveryChannel Channel { get; set; }

    /// <summary>An email address, or a webhook endpoint's id.</summary>
    public string Recipient { get; set; } = "";

    /// <summary>The message template key (<c>booking_confirmed</c>…) or the webhook event type (<c>booking.confirmed</c>).</summary>
    public string Message { get; set; } = "";

    /// <summary>The recipient's language, decided when the delivery was made (en, de).</summary>
    public string? Language { get; set; }

    public string DedupKey { get; set; } = "";

    /// <summary>A webhook's body, fixed at fan-out so every retry sends the same bytes; an email's extra data.</summary>
    public string? Payload { get; set; }

    public DeliveryState State { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>A webhook attempt's HTTP status, or an SMTP reply code.</summary>
    public int? LastStatusCode { get; set; }

    public int? LastDurationMs { get; set; }

    /// <summary>When it is due: now, a reminder's time, or the next retry.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A worker's claim: nobody else picks it up before this time.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
