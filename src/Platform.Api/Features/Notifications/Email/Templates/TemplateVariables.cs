using Platform.Api.Features.Notifications.Domain;

namespace Platform.Api.Features.Notifications.Email.Templates;

/// <summary>
/// What each message's template may name: dotted paths (<c>booking.start</c>) with a sample value for previews. A
/// template naming anything else is refused when saved, so an override cannot silently print nothing at send time.
/// Every value is text, already formatted for the recipient (times in their zone and language, amounts by currency).
/// </summary>
public static class TemplateVariables
{
    private static readonly (string Path, string Sample)[] Common =
    [
        ("organization.name", "Sunrise Yoga"),
        ("organization.logoUrl", ""),
        ("organization.brandColor", "#334155"),
        ("recipient.name", "Alex Example"),
        ("recipient.email", "alex@example.com"),
    ];

    private static readonly (string Path, string Sample)[] Booking =
    [
        ("booking.reference", "0193A1B2"),
        ("booking.offering", "Private lesson"),
        ("booking.start", "Monday, 14 December 2026, 10:00"),
        ("booking.end", "Monday, 14 December 2026, 11:00"),
        ("booking.timeZone", "Europe/Berlin"),
        ("booking.provider", "Sam Teacher"),
        ("booking.customer", "Alex Example"),
        ("booking.location", "Studio 2, Main Street 1"),
        ("booking.seats", "1"),
    ];

    private static readonly (string Path, string Sample)[] Links =
    [
        ("links.cancel", "https://platform.example/t/sunrise/manage/TOKEN/cancel"),
        ("links.reschedule", "https://platform.example/t/sunrise/manage/TOKEN/reschedule"),
    ];

    private static readonly (string Path, string Sample)[] AccountLink =
    [
        ("link", "https://platform.example/account/confirm?token=TOKEN"),
        ("expires", "Tuesday, 15 December 2026, 10:00"),
    ];

    private static readonly Dictionary<string, (string Path, string Sample)[]> ByMessage = new()
    {
        [NotificationMessages.BookingConfirmed] = [.. Common, .. Booking, .. Links],
        [NotificationMessages.BookingNew] = [.. Common, .. Booking],
        [NotificationMessages.BookingPleaseConfirm] = [.. Common, .. Booking, ("deadline", "Sunday, 13 December 2026, 18:00")],
        [NotificationMessages.BookingRequested] = [.. Common, .. Booking, .. Links],
        [NotificationMessages.BookingDeclined] = [.. Common, .. Booking, ("reason", "Fully booked that day")],
        [NotificationMessages.BookingCancelled] =
            [.. Common, .. Booking, ("refund.amount", "25.00 EUR"), ("refund.percent", "50"), ("reason", "Feeling ill")],
        [NotificationMessages.BookingRescheduled] =
            [.. Common, .. Booking, .. Links, ("previous.start", "Friday, 11 December 2026, 09:00")],
        [NotificationMessages.BookingReminder] = [.. Common, .. Booking, .. Links],
        [NotificationMessages.PaymentReceipt] = [.. Common, .. Booking, .. Links, ("payment.amount", "50.00 EUR")],
        [NotificationMessages.RefundIssued] = [.. Common, .. Booking, ("refund.amount", "25.00 EUR")],
        [NotificationMessages.WaitlistOffered] = [.. Common, .. Booking, ("deadline", "Sunday, 13 December 2026, 18:00")],
        [NotificationMessages.DisputeOpened] = [.. Common, .. Booking, ("payment.amount", "50.00 EUR")],
        [NotificationMessages.PayoutFailed] =
            [.. Common, ("payout.amount", "480.00 EUR"), ("payout.reference", "po_123"), ("payout.failureCode", "account_closed")],
        [NotificationMessages.Invitation] =
            [.. Common, ("invitation.link", "https://platform.example/t/sunrise/invitations/accept?token=TOKEN"),
                ("invitation.expires", "Monday, 21 December 2026, 10:00")],
        [NotificationMessages.EmailConfirmation] = [.. Common, .. AccountLink],
        [NotificationMessages.PasswordReset] = [.. Common, .. AccountLink],
        [NotificationMessages.CalendarConnectionLost] =
            [.. Common, ("calendar.provider", "Google"), ("calendar.reason", "The access was revoked.")],
        [NotificationMessages.BookingCalendarConflict] =
            [.. Common, .. Booking, ("conflict.start", "Monday, 14 December 2026, 10:30"),
                ("conflict.end", "Monday, 14 December 2026, 11:30")],
        [NotificationMessages.WebhookEndpointDisabled] =
            [.. Common, ("endpoint.url", "https://hooks.example.com/platform"), ("endpoint.reason", "Failed for 3 days")],
    };

    /// <summary>The dotted paths <paramref name="message"/> may use, in a stable order.</summary>
    public static IReadOnlyList<string> Of(string message) =>
        ByMessage.TryGetValue(message, out var variables) ? [.. variables.Select(v => v.Path)] : [];

    /// <summary>Sample values for a preview (and the check that a template renders at all).</summary>
    public static TemplateModel Sample(string message)
    {
        var model = new TemplateModel();
        foreach (var (path, sample) in ByMessage.GetValueOrDefault(message) ?? []) model.Set(path, sample);
        return model;
    }
}
