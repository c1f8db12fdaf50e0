using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability;
using Platform.Modules.Calendars;

namespace Platform.Api.Features.Calendars.Sync;

/// <summary>
/// Writes what one sync read into <c>busy_intervals</c>, in one transaction per calendar: a complete read replaces the
/// calendar's rows (vanished events go), a partial one replaces the changed and removes the removed. The platform's own
/// booking events are left out (the booking already occupies its time, and a group session must keep its free seats).
/// New busy times over confirmed bookings are flagged (<see cref="ConflictFlagger"/>); pages hear one change.
/// </summary>
public sealed class BusyWriter(PlatformDbContext db, BusyTimesNotifier notifier, ConflictFlagger conflicts)
{
    public async Task WriteAsync(
        CalendarConnection connection,
        string calendarId,
        BusySync read,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        var own = (await db.BookingCalendarEvents.AsNoTracking().Where(e => e.ConnectionId == connection.Id)
            .Select(e => e.ExternalEventId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        // Services answer in the calendar's offset; PostgreSQL (and every comparison here) wants UTC.
        var fresh = read.Busy
            .Select(b => b with { StartsAt = b.StartsAt.ToUniversalTime(), EndsAt = b.EndsAt.ToUniversalTime() })
            .Where(b => !own.Contains(b.Id) && b.EndsAt > windowStart && b.StartsAt < windowEnd && b.EndsAt > b.StartsAt)
            .GroupBy(b => b.Id, StringComparer.Ordinal).Select(g => g.Last())
            .ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = db.BusyIntervals.Where(b => b.ConnectionId == connection.Id && b.CalendarId == calendarId);
        if (!read.Complete)
        {
            var touched = read.Removed.Concat(read.Busy.Select(b => b.Id)).Distinct(StringComparer.Ordinal).ToList();
            rows = rows.Where(b => touched.Contains(b.ExternalId!));
        }

        // Only the difference is written: an unchanged re-read (a full Google read, an ICS feed without validators)
        // touches no row, so the table availableSlots reads does not churn.
        var existing = await rows.AsNoTracking().Select(b => new { b.Id, b.ExternalId, b.StartsAt, b.EndsAt })
            .ToListAsync(cancellationToken);
        var wanted = fresh.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var stale = existing.Where(e => !wanted.TryGetValue(e.ExternalId!, out var f) || f.StartsAt != e.StartsAt || f.EndsAt != e.EndsAt)
            .ToList();
        var kept = existing.Except(stale).Select(e => e.ExternalId!).ToHashSet(StringComparer.Ordinal);
        if (stale.Count > 0)
        {
            var ids = stale.Select(e => e.Id).ToList();
            await db.BusyIntervals.Where(b => ids.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var added = fresh.Where(b => !kept.Contains(b.Id)).Select(b => new BusyInterval
        {
            Id = Guid.CreateVersion7(),
            TenantId = connection.TenantId,
            ProviderId = connection.ProviderId,
            ConnectionId = connection.Id,
            CalendarId = calendarId,
            ExternalId = b.Id,
            Source = connection.Kind.ToString().ToLowerInvariant(),
            StartsAt = b.StartsAt,
            EndsAt = b.EndsAt,
        }).ToList();
        db.BusyIntervals.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var interval in added) db.Entry(interval).State = EntityState.Detached;
        // A booking written while this sync read is the platform's own event too: drop it now that its record may exist.
        var lateOwn = await db.BookingCalendarEvents.AsNoTracking().Where(e => e.ConnectionId == connection.Id)
            .Select(e => e.ExternalEventId).ToListAsync(cancellationToken);
        var ownAdded = added.Where(a => lateOwn.Contains(a.ExternalId!)).Select(a => a.Id).ToList();
        if (ownAdded.Count > 0)
        {
            await db.BusyIntervals.Where(b => ownAdded.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);
            added = [.. added.Where(a => !ownAdded.Contains(a.Id))];
        }

        if (stale.Count > 0 || added.Count > 0)
        {
            var spans = stale.Select(g => (g.StartsAt, g.EndsAt)).Concat(added.Select(a => (a.StartsAt, a.EndsAt))).ToList();
            await notifier.NotifyAsync(db, connection.ProviderId, spans.Min(s => s.StartsAt), spans.Max(s => s.EndsAt), cancellationToken);
            await conflicts.FlagAsync(connection, added, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
