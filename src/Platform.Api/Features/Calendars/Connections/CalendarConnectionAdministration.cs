using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Calendars.Domain;
using Platform.Api.Features.Calendars.Sync;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Calendars.Connections;

/// <summary>
/// Listing connections, choosing calendars, syncing now, disconnecting. Disconnecting deletes the connection with its
/// busy times (slots free up at once) and the record of written events; the events stay in the outside calendar.
/// </summary>
public sealed class CalendarConnectionAdministration(
    PlatformDbContext db,
    ProviderAccess access,
    CalendarSyncSignal signal,
    BusyTimesNotifier notifier,
    PushChannels push,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<CalendarConnection>> ListAsync(
        PlatformUserContext caller, string? providerId, CancellationToken cancellationToken)
    {
        var query = db.CalendarConnections.AsNoTracking().Where(c => c.Status != CalendarConnectionStatus.Pending);
        if (providerId is not null || !ProviderAccess.IsAdministrator(caller))
        {
            var (provider, error) = await access.ResolveAsync(caller, providerId, cancellationToken);
            if (error is not null) return [];
            query = query.Where(c => c.ProviderId == provider!.Id);
        }

        return await query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
    }

    public async Task<CalendarConnectionPayload> SelectAsync(
        PlatformUserContext caller, SetCalendarSelectionInput input, CancellationToken cancellationToken)
    {
        if (await access.ConnectionAsync(caller, input.ConnectionId, cancellationToken) is not { } connection) return NotFound();
        var calendars = CalendarList.Parse(connection.Calendars);
        var known = calendars.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var busy = input.BusyCalendarIds.Distinct(StringComparer.Ordinal).ToList();
        if (busy.FirstOrDefault(id => !known.Contains(id)) is { } unknown)
            return Fail("UNKNOWN_CALENDAR", $"This account has no calendar '{Shorten(unknown)}'.", "busyCalendarIds");
        var target = string.IsNullOrEmpty(input.BookingCalendarId) ? null : input.BookingCalendarId;
        if (target is not null && calendars.FirstOrDefault(c => c.Id == target) is not { CanWrite: true })
            return Fail("UNKNOWN_CALENDAR", "Bookings go to a calendar of this account that can be written to.", "bookingCalendarId");
        if (connection.Kind == Platform.Modules.Calendars.CalendarKind.Ics && target is not null)
            return Fail("READ_ONLY", "An ICS feed is read-only: bookings cannot be written to it.", "bookingCalendarId");

        connection.BusyCalendarIds = busy;
        connection.BookingCalendarId = target;
        // Calendars no longer chosen stop blocking now; new ones are read in full on the next sync, which is due at once.
        var dropped = await db.BusyIntervals.Where(b => b.ConnectionId == connection.Id && !busy.Contains(b.CalendarId!))
            .ExecuteDeleteAsync(cancellationToken);
        if (dropped > 0) await notifier.NotifyAsync(db, connection.ProviderId, null, null, cancellationToken);
        connection.SyncState = null;
        connection.NextSyncAt = clock.GetDatabaseNow();
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake(connection.TenantId);
        return new CalendarConnectionPayload(connection);
    }

    public async Task<CalendarConnectionPayload> SyncNowAsync(
        PlatformUserContext caller, CalendarConnectionIdInput input, CancellationToken cancellationToken)
    {
        if (await access.ConnectionAsync(caller, input.ConnectionId, cancellationToken) is not { } connection) return NotFound();
        if (connection.Status != CalendarConnectionStatus.Active)
            return Fail("CONNECTION_BROKEN", "This connection no longer works; connect the calendar again.", "connectionId");
        connection.NextSyncAt = clock.GetDatabaseNow();
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake(connection.TenantId);
        return new CalendarConnectionPayload(connection);
    }

    public async Task<DisconnectCalendarPayload> DisconnectAsync(
        PlatformUserContext caller, CalendarConnectionIdInput input, CancellationToken cancellationToken)
    {
        if (await access.ConnectionAsync(caller, input.ConnectionId, cancellationToken) is not { } connection)
            return new DisconnectCalendarPayload(null) { UserErrors = [NotFoundError] };
        await push.StopAllAsync(connection, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.CalendarConnections.Remove(connection);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync(db, connection.ProviderId, null, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DisconnectCalendarPayload(CalendarConnectionIds.Of(connection.Id));
    }

    private static readonly UserError NotFoundError = new("NOT_FOUND", "No such calendar connection here.", "connectionId");

    private static CalendarConnectionPayload NotFound() => new(null) { UserErrors = [NotFoundError] };

    private static CalendarConnectionPayload Fail(string code, string message, string field) =>
        new(null) { UserErrors = [new UserError(code, message, field)] };

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
