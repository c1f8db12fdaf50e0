using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Outbox;

namespace Platform.Api.Features.Calendars.Sync;

/// <summary>
/// Marks a connection broken (a revoked grant, a feed that is gone): it is no longer called, its busy times stop
/// blocking (the email says so), and the provider is emailed once, through the outbox, in the same transaction.
/// Connecting the same account again renews it.
/// </summary>
public sealed class ConnectionBreaker(PlatformDbContext db, BusyTimesNotifier notifier, TimeProvider clock)
{
    public async Task BreakAsync(CalendarConnection connection, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only the first to break it writes the email: two instances (or sync and a booking write) may both notice.
        var changed = await db.CalendarConnections
            .Where(c => c.Id == connection.Id && c.Status == CalendarConnectionStatus.Active)
            .ExecuteUpdateAsync(u => u
                .SetProperty(c => c.Status, CalendarConnectionStatus.Broken)
                .SetProperty(c => c.BrokenAt, now)
                .SetProperty(c => c.LastAttemptAt, now)
                .SetProperty(c => c.ProtectedTokens, (string?)null)
                .SetProperty(c => c.LastError, reason)
                .SetProperty(c => c.SyncLockedUntil, (DateTimeOffset?)null), cancellationToken);
        if (changed == 0) return;
        connection.Status = CalendarConnectionStatus.Broken;
        connection.ProtectedTokens = null;
        await db.BusyIntervals.Where(b => b.ConnectionId == connection.Id).ExecuteDeleteAsync(cancellationToken);
        await notifier.NotifyAsync(db, connection.ProviderId, null, null, cancellationToken);
        var kind = connection.Kind switch
        {
            Platform.Modules.Calendars.CalendarKind.Google => "Google",
            Platform.Modules.Calendars.CalendarKind.Microsoft => "Microsoft 365",
            Platform.Modules.Calendars.CalendarKind.Ics => "ICS",
            var other => other.ToString(),
        };
        db.OutboxEvents.Add(Outbox.New(connection.TenantId, OutboxEventTypes.CalendarConnectionLost, now,
            new CalendarConnectionLostData(connection.ProviderId, kind, reason)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
