using System.Text.Json;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Notifications.Domain;

/// <summary>
/// The public names of what happened (webhook event types, and the causes emails answer), and which of them a
/// booking event is. One booking event is at most one public event.
/// </summary>
public static class PublicEventTypes
{
    public const string BookingHeld = "booking.held";
    public const string BookingAwaitingHost = "booking.awaiting_host";
    public const string BookingConfirmed = "booking.confirmed";
    public const string BookingDeclined = "booking.declined";
    public const string BookingCancelled = "booking.cancelled";
    public const string BookingRescheduled = "booking.rescheduled";
    public const string BookingCompleted = "booking.completed";
    public const string BookingNoShow = "booking.no_show";
    public const string BookingExpired = "booking.expired";
    public const string PaymentCaptured = "payment.captured";
    public const string PaymentRefunded = "payment.refunded";
    public const string PaymentDisputed = "payment.disputed";
    public const string WaitlistOffered = "waitlist.offered";
    public const string MemberAdded = "member.added";
    public const string MemberRemoved = "member.removed";

    /// <summary>The events an integrator may subscribe to (<c>booking.awaiting_host</c> is internal: emails only).</summary>
    public static readonly IReadOnlyList<string> Webhook =
    [
        BookingHeld, BookingConfirmed, BookingDeclined, BookingCancelled, BookingRescheduled, BookingCompleted,
        BookingNoShow, BookingExpired, PaymentCaptured, PaymentRefunded, PaymentDisputed, WaitlistOffered,
        MemberAdded, MemberRemoved,
    ];

    /// <summary>What a booking event is, publicly; null for the ones nobody is told about (a guest claimed).</summary>
    public static string? Of(BookingEventKind kind, BookingStatus? from, BookingStatus to, string? details) => kind switch
    {
        BookingEventKind.Created => OfStatus(to),
        BookingEventKind.StatusChanged => OfStatus(to),
        BookingEventKind.Rescheduled => BookingRescheduled,
        BookingEventKind.PaymentChanged => OfPayment(details),
        _ => null,
    };

    private static string? OfStatus(BookingStatus status) => status switch
    {
        BookingStatus.Held => BookingHeld,
        BookingStatus.AwaitingHost => BookingAwaitingHost,
        BookingStatus.Confirmed => BookingConfirmed,
        BookingStatus.Declined => BookingDeclined,
        BookingStatus.Cancelled => BookingCancelled,
        BookingStatus.Completed => BookingCompleted,
        BookingStatus.NoShow => BookingNoShow,
        BookingStatus.Expired => BookingExpired,
        _ => null,
    };

    /// <summary>
    /// Payment events carry their facts in the details: a new payment status (captured, refunded), a refund made
    /// outside Platform, or a dispute (opened: true when the cardholder opened it).
    /// </summary>
    private static string? OfPayment(string? details)
    {
        if (details is null) return null;
        using var json = JsonDocument.Parse(details);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object) return null;
        if (root.TryGetProperty("dispute", out _))
            return root.TryGetProperty("opened", out var opened) && opened.ValueKind == JsonValueKind.True ? PaymentDisputed : null;
        if (root.TryGetProperty("refund", out _)) return PaymentRefunded;
        if (!root.TryGetProperty("paymentStatus", out var status)) return null;
        return status.GetString() switch
        {
            nameof(PaymentStatus.Captured) => PaymentCaptured,
            nameof(PaymentStatus.Refunded) or nameof(PaymentStatus.PartiallyRefunded) => PaymentRefunded,
            _ => null,
        };
    }
}
