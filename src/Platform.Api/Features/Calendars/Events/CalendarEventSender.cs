using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Calendars.Connections;
using Platform.Api.Features.Calendars.Sync;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Modules.Calendars;

namespace Platform.Api.Features.Calendars.Events;

/// <summary>
/// Makes one connected calendar match one booking as it is now: a booking that will take place with this provider is
/// written (created once, then updated: the module's idempotency key means a retry after a lost answer finds the first
/// event), any other state removes the event written before. Converging on the present state, rather than replaying
/// the event, makes duplicates and retries harmless.
/// </summary>
public sealed class CalendarEventSender(
    PlatformDbContext db,
    CalendarProviders providers,
    ConnectionTokens tokens,
    CalendarEventContent content,
    BusyTimesNotifier notifier,
    TimeProvider clock) : IDeliverySender
{
    public DeliveryChannel Channel => DeliveryChannel.Calendar;

    public async Task<DeliveryOutcome> SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(delivery.Recipient, out var connectionId) || delivery.BookingId is not { } bookingId)
            return DeliveryOutcome.Failed("Not a calendar delivery.");
        var connection = await db.CalendarConnections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
        if (connection is null) return DeliveryOutcome.Cancelled("The calendar was disconnected.");
        if (connection.Status != CalendarConnectionStatus.Active) return DeliveryOutcome.Cancelled("The calendar connection is broken.");
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        var written = await db.BookingCalendarEvents.SingleOrDefaultAsync(
            e => e.BookingId == bookingId && e.ConnectionId == connectionId, cancellationToken);
        var service = providers.Get(connection.Kind);
        var wanted = booking is { Status: BookingStatus.Confirmed or BookingStatus.Completed }
            && booking.ProviderId == connection.ProviderId
            && connection.BookingCalendarId is not null;
        try
        {
            if (wanted)
            {
                var calendarId = written?.CalendarId ?? connection.BookingCalendarId!;
                var spec = await content.SpecAsync(booking!, connection, cancellationToken);
                var id = await tokens.CallAsync(connection,
                    access => service.UpsertEventAsync(access, calendarId, spec, written?.ExternalEventId, cancellationToken),
                    cancellationToken);
                Record(written, booking!, connection, calendarId, id);
                await db.SaveChangesAsync(cancellationToken);
                // A sync between the write and this record saw the event as someone else's: it is the booking's own.
                // (After the commit: a sync writing now either sees the record, or its rows are seen here.)
                if (await db.BusyIntervals.Where(b => b.ConnectionId == connection.Id && b.ExternalId == id)
                        .ExecuteDeleteAsync(cancellationToken) > 0)
                    await notifier.NotifyAsync(db, connection.ProviderId, booking!.StartsAt, booking.EndsAt, cancellationToken);
            }
            else if (written is not null)
            {
                await tokens.CallAsync(connection, async access =>
                {
                    await service.DeleteEventAsync(access, written.CalendarId, written.ExternalEventId, cancellationToken);
                    return 0;
                }, cancellationToken);
                db.BookingCalendarEvents.Remove(written);
            }
            else return DeliveryOutcome.Cancelled("Nothing to write: the booking is not taking place and was never written.");

            await db.SaveChangesAsync(cancellationToken);
            return DeliveryOutcome.Sent();
        }
        catch (CalendarGrantRevokedException)
        {
            return DeliveryOutcome.Cancelled("The calendar connection is broken.");
        }
        catch (CalendarRateLimitedException e)
        {
            return DeliveryOutcome.Retry("The calendar service asked us to slow down.", 429, e.RetryAfter);
        }
        catch (CalendarRejectedException e)
        {
            return DeliveryOutcome.Failed(e.Message, e.StatusCode);
        }
        catch (CalendarException e)
        {
            return DeliveryOutcome.Retry(e.Message, e.StatusCode);
        }
    }

    private void Record(BookingCalendarEvent? written, Booking booking, CalendarConnection connection, string calendarId, string id)
    {
        if (written is null)
        {
            db.BookingCalendarEvents.Add(new BookingCalendarEvent
            {
                Id = Guid.CreateVersion7(),
                TenantId = booking.TenantId,
                BookingId = booking.Id,
                ConnectionId = connection.Id,
                CalendarId = calendarId,
                ExternalEventId = id,
                UpdatedAt = clock.GetDatabaseNow(),
            });
            return;
        }

        written.ExternalEventId = id;
        written.UpdatedAt = clock.GetDatabaseNow();
    }
}
