using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Calendars.Connections;
using Platform.Api.Features.Calendars.Domain;
using Platform.Modules.Calendars;
using Platform.Modules.Calendars.Ics;

namespace Platform.Api.Features.Calendars.Sync;

/// <summary>
/// One sync of one claimed connection: each calendar that blocks time is read (incrementally when a sync token is
/// known, in full when not or when the token expired) and written by <see cref="BusyWriter"/>. Trouble never blocks a
/// booking: an unreachable service leaves the last known busy times standing, records the error and tries again later
/// (sooner for a Retry-After); a revoked grant breaks the connection (<see cref="ConnectionBreaker"/>).
/// </summary>
public sealed class CalendarSyncer(
    PlatformDbContext db,
    CalendarProviders providers,
    IcsCalendarSource feeds,
    CalendarSecrets secrets,
    ConnectionTokens tokens,
    ConnectionBreaker breaker,
    BusyWriter writer,
    PushChannels push,
    IOptions<CalendarsOptions> options,
    TimeProvider clock,
    ILogger<CalendarSyncer> logger)
{
    public async Task SyncAsync(CalendarConnection connection, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var windowStart = now.AddDays(-1);
        var windowEnd = now.AddDays(settings.HorizonDays);
        var state = SyncState.Parse(connection.SyncState);
        TimeSpan? retryAfter = null;
        string? error = null;
        try
        {
            state = connection.Kind == CalendarKind.Ics
                ? await SyncFeedAsync(connection, state, windowStart, windowEnd, cancellationToken)
                : await SyncAccountAsync(connection, state, windowStart, windowEnd, cancellationToken);
        }
        catch (CalendarGrantRevokedException)
        {
            // Usually broken already (the token refresh did it); a module may also say so from a read.
            await breaker.BreakAsync(connection, "The access was revoked or has expired.", cancellationToken);
            return;
        }
        catch (CalendarRejectedException e) when (connection.Kind == CalendarKind.Ics && e.StatusCode is 401 or 403 or 404 or 410)
        {
            var reason = $"The feed answers {e.StatusCode}: it was removed or its address changed.";
            await breaker.BreakAsync(connection, reason, cancellationToken);
            return;
        }
        catch (CalendarRateLimitedException e)
        {
            (error, retryAfter) = ("The calendar service asked us to slow down.", e.RetryAfter ?? TimeSpan.FromMinutes(1));
        }
        catch (CalendarException e)
        {
            error = e.Message;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A fault of ours (or a lost database): recorded and retried on schedule, never left holding the claim.
            logger.LogError(e, "Calendar sync of connection {ConnectionId} failed", connection.Id);
            error = $"Sync failed ({e.GetType().Name}); it will be tried again.";
        }

        await RecordAsync(connection, state, error, retryAfter, cancellationToken);
    }

    private async Task<SyncState> SyncAccountAsync(
        CalendarConnection connection, SyncState state, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken ct)
    {
        var service = providers.Get(connection.Kind);
        var next = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var calendarId in connection.BusyCalendarIds)
        {
            var token = state.Tokens.GetValueOrDefault(calendarId);
            BusySync read;
            try
            {
                read = await tokens.CallAsync(connection,
                    access => service.SyncBusyAsync(access, calendarId, token, windowStart, windowEnd, ct), ct);
            }
            catch (CalendarSyncTokenExpiredException)
            {
                read = await tokens.CallAsync(connection,
                    access => service.SyncBusyAsync(access, calendarId, null, windowStart, windowEnd, ct), ct);
            }

            await writer.WriteAsync(connection, calendarId, read, windowStart, windowEnd, ct);
            if (read.NextSyncToken is { } nextToken) next[calendarId] = nextToken;
        }

        await push.EnsureAsync(connection, ct);
        return state with { Tokens = next };
    }

    private async Task<SyncState> SyncFeedAsync(
        CalendarConnection connection, SyncState state, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken ct)
    {
        var url = new Uri(secrets.Unprotect(connection.TenantId, connection.ProtectedFeedUrl!));
        var fetch = await feeds.FetchAsync(url, state.ETag, state.LastModified, windowStart, windowEnd, ct);
        if (fetch.NotModified) return state;
        await writer.WriteAsync(connection, IcsCalendarIds.Feed, new BusySync(true, fetch.Busy, [], null), windowStart, windowEnd, ct);
        return state with { ETag = fetch.ETag, LastModified = fetch.LastModified };
    }

    private async Task RecordAsync(
        CalendarConnection connection, SyncState state, string? error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        var interval = TimeSpan.FromSeconds(options.Value.SyncIntervalSeconds);
        var failures = error is null ? 0 : connection.ConsecutiveFailures + 1;
        // After trouble: the service's Retry-After, else a backoff that starts at a minute and never exceeds the interval.
        var wait = error is null ? interval
            : retryAfter ?? TimeSpan.FromSeconds(Math.Min(interval.TotalSeconds, 60 * Math.Pow(2, Math.Min(failures - 1, 10))));
        if (error is not null) logger.LogWarning("Calendar sync of connection {ConnectionId} failed: {Error}", connection.Id, error);
        await db.CalendarConnections.Where(c => c.Id == connection.Id && c.Status == CalendarConnectionStatus.Active)
            .ExecuteUpdateAsync(u => u
                .SetProperty(c => c.SyncState, error is null ? state.Serialize() : connection.SyncState)
                .SetProperty(c => c.LastSyncedAt, error is null ? now : connection.LastSyncedAt)
                .SetProperty(c => c.LastAttemptAt, now)
                .SetProperty(c => c.LastError, error)
                .SetProperty(c => c.ConsecutiveFailures, failures)
                // A push or a "sync now" that arrived during this sync moved the due time: it stands.
                .SetProperty(c => c.NextSyncAt, c => c.NextSyncAt != connection.NextSyncAt ? c.NextSyncAt : now + wait)
                .SetProperty(c => c.SyncLockedUntil, (DateTimeOffset?)null), cancellationToken);
    }
}
