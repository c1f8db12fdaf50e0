using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Api.Features.Notifications.Domain;
using T = Platform.Api.Features.Notifications.Domain.PublicEventTypes;

namespace Platform.Api.Features.Calendars.Events;

/// <summary>
/// Plans a Calendar delivery per connection that should hear about a booking event: the provider's active connections
/// that receive bookings, and any connection the booking was already written to (it may have moved to another
/// provider). The sender then makes that calendar match the booking as it is.
/// </summary>
public sealed class CalendarEventPlanner(PlatformDbContext db) : IDeliveryPlanner
{
    private static readonly HashSet<string> Relevant =
        [T.BookingConfirmed, T.BookingRescheduled, T.BookingCancelled, T.BookingDeclined, T.BookingExpired];

    public async Task PlanAsync(OutboxEventFacts facts, DeliveryPlan plan, CancellationToken cancellationToken)
    {
        if (facts.Booking is not { } booking || facts.PublicType is not { } type || !Relevant.Contains(type)) return;
        var receiving = await db.CalendarConnections.AsNoTracking()
            .Where(c => c.ProviderId == booking.ProviderId && c.Status == CalendarConnectionStatus.Active && c.BookingCalendarId != null)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var written = await db.BookingCalendarEvents.AsNoTracking().Where(e => e.BookingId == booking.Id)
            .Select(e => e.ConnectionId).ToListAsync(cancellationToken);
        foreach (var connectionId in receiving.Union(written).Order())
        {
            plan.Add(new PlannedDelivery(
                DeliveryChannel.Calendar,
                connectionId.ToString(),
                type,
                DedupKeys.Of("calendar", facts.Event.Id, connectionId)));
        }
    }
}
