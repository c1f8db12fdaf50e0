namespace Platform.Api.Features.Notifications.Dispatch;

/// <summary>What the planners decided for one outbox event: deliveries to make, and earlier pending ones to call off.</summary>
public sealed class DeliveryPlan
{
    private readonly List<PlannedDelivery> _deliveries = [];
    private readonly List<Guid> _cancelReminderBookings = [];

    public IReadOnlyList<PlannedDelivery> Deliveries => _deliveries;

    /// <summary>Bookings whose pending reminders (planned before this event) are no longer wanted.</summary>
    public IReadOnlyList<Guid> CancelRemindersOf => _cancelReminderBookings;

    public void Add(PlannedDelivery delivery) => _deliveries.Add(delivery);

    public void CancelReminders(Guid bookingId) => _cancelReminderBookings.Add(bookingId);
}

/// <summary>
/// One delivery to make. <paramref name="DedupKey"/> must be the same each time the same event is planned (it is
/// unique per organization); <paramref name="DueAt"/> null means at once.
/// </summary>
public sealed record PlannedDelivery(
    DeliveryChannel Channel,
    string Recipient,
    string Message,
    string DedupKey,
    string? Language = null,
    string? Payload = null,
    DateTimeOffset? DueAt = null);
