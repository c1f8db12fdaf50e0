namespace Platform.Api.Features.Notifications.Domain;

/// <summary>The emails Platform sends: each key has a default template per language and may be overridden per organization.</summary>
public static class NotificationMessages
{
    /// <summary>To the customer: the booking stands (with the calendar invite).</summary>
    public const string BookingConfirmed = "booking_confirmed";

    /// <summary>To the provider: a new booking in their agenda.</summary>
    public const string BookingNew = "booking_new";

    /// <summary>To the provider: a request waits for them, with the deadline.</summary>
    public const string BookingPleaseConfirm = "booking_please_confirm";

    /// <summary>To the customer: the request was received and waits for the host.</summary>
    public const string BookingRequested = "booking_requested";

    public const string BookingDeclined = "booking_declined";

    /// <summary>To the customer and the provider, with the refund by the terms (and METHOD:CANCEL).</summary>
    public const string BookingCancelled = "booking_cancelled";

    /// <summary>To the customer and the provider (the invite again, same UID, higher SEQUENCE).</summary>
    public const string BookingRescheduled = "booking_rescheduled";

    public const string BookingReminder = "booking_reminder";

    public const string PaymentReceipt = "payment_receipt";

    public const string RefundIssued = "refund_issued";

    public const string WaitlistOffered = "waitlist_offered";

    /// <summary>To administrators.</summary>
    public const string DisputeOpened = "dispute_opened";

    /// <summary>To administrators.</summary>
    public const string PayoutFailed = "payout_failed";

    public const string Invitation = "invitation";

    public const string EmailConfirmation = "email_confirmation";

    public const string PasswordReset = "password_reset";

    /// <summary>To the provider whose calendar stopped answering.</summary>
    public const string CalendarConnectionLost = "calendar_connection_lost";

    /// <summary>To the provider: an event in their connected calendar overlaps a confirmed booking.</summary>
    public const string BookingCalendarConflict = "booking_calendar_conflict";

    /// <summary>To administrators: a webhook endpoint was switched off after failing too long.</summary>
    public const string WebhookEndpointDisabled = "webhook_endpoint_disabled";

    public static readonly IReadOnlyList<string> All =
    [
        BookingConfirmed, BookingNew, BookingPleaseConfirm, BookingRequested, BookingDeclined, BookingCancelled,
        BookingRescheduled, BookingReminder, PaymentReceipt, RefundIssued, WaitlistOffered, DisputeOpened, PayoutFailed,
        Invitation, EmailConfirmation, PasswordReset, CalendarConnectionLost, WebhookEndpointDisabled,
        BookingCalendarConflict,
    ];
}
