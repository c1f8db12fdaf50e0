namespace Platform.Api.Features.Notifications;

/// <summary>The kinds of <see cref="OutboxEvent"/>. Booking events are one kind; the dispatcher reads the event itself.</summary>
public static class OutboxEventTypes
{
    /// <summary>A row of <c>booking_events</c> (the outbox row shares its id); written by the database trigger.</summary>
    public const string BookingEvent = "booking_event";

    public const string WaitlistOffered = "waitlist.offered";

    public const string MemberAdded = "member.added";

    public const string MemberRemoved = "member.removed";

    public const string PayoutFailed = "payout.failed";

    public const string Invitation = "invitation";

    public const string WebhookEndpointDisabled = "webhook_endpoint.disabled";

    public const string WebhookTest = "webhook.test";

    public const string CalendarConnectionLost = "calendar.connection_lost";

    /// <summary>An outside calendar event appeared over a confirmed booking; the host is told.</summary>
    public const string CalendarConflict = "calendar.conflict";
}
