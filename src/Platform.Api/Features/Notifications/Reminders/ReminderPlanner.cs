using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Api.Features.Notifications.Domain;
using Platform.Api.Features.Notifications.Recipients;

namespace Platform.Api.Features.Notifications.Reminders;

/// <summary>
/// Plans a confirmed booking's reminders (the organization's offsets, by default a day and an hour before) when it
/// is confirmed or moved, and calls off the pending ones when it is cancelled, declined, expired, finished or moved.
/// A reminder's key names the start it reminds of, so a move makes new ones and the old ones are cancelled.
/// </summary>
public sealed class ReminderPlanner(PlatformDbContext db, MessageRecipients recipients, TimeProvider clock) : IDeliveryPlanner
{
    public async Task PlanAsync(OutboxEventFacts facts, DeliveryPlan plan, CancellationToken cancellationToken)
    {
        if (facts.BookingEvent is null || facts.Booking is not { } booking) return;
        var type = facts.Type;
        if (type is PublicEventTypes.BookingCancelled or PublicEventTypes.BookingDeclined or PublicEventTypes.BookingExpired
            or PublicEventTypes.BookingCompleted or PublicEventTypes.BookingNoShow or PublicEventTypes.BookingRescheduled)
        {
            plan.CancelReminders(booking.Id);
        }

        if (type is not (PublicEventTypes.BookingConfirmed or PublicEventTypes.BookingRescheduled)) return;
        if (booking.Status != BookingStatus.Confirmed) return;
        if (await recipients.CustomerAsync(booking, cancellationToken) is not { } customer) return;
        var settings = await db.BookingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var offsets = settings?.ReminderMinutes ?? [.. BookingSettings.DefaultReminderMinutes];
        var now = clock.GetUtcNow();
        foreach (var minutes in offsets.Distinct())
        {
            var due = booking.StartsAt.AddMinutes(-minutes);
            // Booked closer to the start than this reminder's offset: the confirmation already said it.
            if (due <= now) continue;
            var payload = $$"""{"startsAt":"{{booking.StartsAt.UtcDateTime:O}}","minutes":{{minutes}}}""";
            plan.Add(new PlannedDelivery(
                DeliveryChannel.Email,
                customer.Email,
                NotificationMessages.BookingReminder,
                DedupKeys.Of("reminder", booking.Id, minutes, booking.StartsAt.UtcTicks, customer.Email),
                customer.Language,
                payload,
                due));
        }
    }
}
