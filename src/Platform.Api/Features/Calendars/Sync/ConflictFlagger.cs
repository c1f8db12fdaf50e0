using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Outbox;

namespace Platform.Api.Features.Calendars.Sync;

/// <summary>
/// An outside event that lands on a confirmed booking (the hold saw the calendar before the event existed, or the
/// provider added it later): recorded once per booking and event, and the host emailed through the outbox. Never acted
/// on: cancelling is the host's call, and a customer is never dropped because of someone's calendar.
/// </summary>
public sealed class ConflictFlagger(PlatformDbContext db, TimeProvider clock)
{
    public async Task FlagAsync(CalendarConnection connection, IReadOnlyList<BusyInterval> added, CancellationToken cancellationToken)
    {
        if (added.Count == 0) return;
        var now = clock.GetDatabaseNow();
        var from = added.Min(a => a.StartsAt);
        var to = added.Max(a => a.EndsAt);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.ProviderId == connection.ProviderId && b.Status == BookingStatus.Confirmed
                && b.StartsAt < to && b.EndsAt > from && b.EndsAt > now)
            .Select(b => new { b.Id, b.StartsAt, b.EndsAt })
            .ToListAsync(cancellationToken);
        if (bookings.Count == 0) return;
        var flagged = (await db.CalendarConflicts.AsNoTracking().Where(c => c.ConnectionId == connection.Id
                && bookings.Select(b => b.Id).Contains(c.BookingId))
            .Select(c => new { c.BookingId, c.ExternalId }).ToListAsync(cancellationToken))
            .Select(c => (c.BookingId, c.ExternalId)).ToHashSet();

        foreach (var booking in bookings)
        {
            // An event at exactly the booking's times is, all but surely, the booking's own copy caught by a sync that ran
            // between writing it and recording its id: not a conflict.
            foreach (var busy in added.Where(a => a.StartsAt < booking.EndsAt && a.EndsAt > booking.StartsAt
                && !(a.StartsAt == booking.StartsAt && a.EndsAt == booking.EndsAt)))
            {
                var key = $"{busy.CalendarId}\n{busy.ExternalId}";
                if (!flagged.Add((booking.Id, key))) continue;
                db.CalendarConflicts.Add(new CalendarConflict
                {
                    Id = Guid.CreateVersion7(),
                    TenantId = connection.TenantId,
                    BookingId = booking.Id,
                    ConnectionId = connection.Id,
                    ExternalId = key,
                    BusyFrom = busy.StartsAt,
                    BusyUntil = busy.EndsAt,
                    DetectedAt = now,
                });
                db.OutboxEvents.Add(Outbox.New(connection.TenantId, OutboxEventTypes.CalendarConflict, now,
                    new CalendarConflictData(booking.Id, connection.ProviderId, busy.StartsAt, busy.EndsAt), booking.Id));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
