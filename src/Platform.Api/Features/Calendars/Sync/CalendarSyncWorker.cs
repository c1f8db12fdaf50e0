using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Tenancy;

namespace Platform.Api.Features.Calendars.Sync;

/// <summary>
/// Each instance's sync loop. It remembers when each organization's next connection is due (one probe per organization
/// at start and every few minutes after), runs an organization when that time comes or when woken
/// (<see cref="CalendarSyncSignal"/>), and claims due connections with a lease (<c>FOR UPDATE SKIP LOCKED</c>), so two
/// instances never sync one connection together and a crashed instance's claims lapse to another.
/// </summary>
public sealed class CalendarSyncWorker(
    IServiceScopeFactory scopes,
    ICurrentTenant currentTenant,
    CalendarSyncSignal signal,
    IOptions<CalendarsOptions> options,
    TimeProvider clock,
    ILogger<CalendarSyncWorker> logger) : BackgroundService
{
    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _due = new();

    // One limit for the whole instance: organizations sync side by side (one provider per organization must not mean
    // one sync at a time), and together never more than MaxConcurrentSyncs connections at once.
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentSyncs);
    private DateTimeOffset _nextProbe = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SyncEnabled) return;
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = clock.GetUtcNow();
                if (now >= _nextProbe)
                {
                    await ProbeAllAsync(stoppingToken);
                    _nextProbe = now.AddSeconds(Math.Max(60, options.Value.PollSeconds * 12));
                }

                var due = _due.Where(d => d.Value <= now).Select(d => d.Key).ToList();
                var parallel = new ParallelOptions
                {
                    MaxDegreeOfParallelism = options.Value.MaxConcurrentSyncs,
                    CancellationToken = stoppingToken,
                };
                await Parallel.ForEachAsync(due, parallel, async (tenantId, ct) => await RunTenantAsync(tenantId, ct));
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Calendar sync round failed");
            }

            foreach (var woken in await signal.WaitAsync(poll, clock, stoppingToken))
                _due[woken] = DateTimeOffset.MinValue;
        }
    }

    /// <summary>Syncs the due connections of one organization, in claimed batches, and remembers when it is due next.</summary>
    public async Task RunTenantAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        using (currentTenant.Change(tenantId))
        {
            try
            {
                List<CalendarConnection> claimed;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    claimed = await ClaimAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), cancellationToken);
                    var parallel = new ParallelOptions
                    {
                        MaxDegreeOfParallelism = options.Value.MaxConcurrentSyncs,
                        CancellationToken = cancellationToken,
                    };
                    await Parallel.ForEachAsync(claimed, parallel,
                        async (connection, ct) =>
                        {
                            await _slots.WaitAsync(ct);
                            try
                            {
                                using (currentTenant.Change(tenantId))
                                {
                                    await using var one = scopes.CreateAsyncScope();
                                    await one.ServiceProvider.GetRequiredService<CalendarSyncer>().SyncAsync(connection, ct);
                                }
                            }
                            finally
                            {
                                _slots.Release();
                            }
                        });
                }
                while (claimed.Count > 0);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Calendar sync failed for organization {TenantId}", tenantId);
            }

            await ProbeAsync(tenantId, cancellationToken);
        }
    }

    private async Task<List<CalendarConnection>> ClaimAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        var lease = now.AddSeconds(options.Value.LeaseSeconds);
        var batch = options.Value.MaxConcurrentSyncs * 4;
        return await db.CalendarConnections.FromSql($"""
            UPDATE calendar_connections c SET sync_locked_until = {lease}
            WHERE c.id IN (
              SELECT d.id FROM calendar_connections d
              WHERE d.status = 'Active' AND d.next_sync_at <= {now} AND (d.sync_locked_until IS NULL OR d.sync_locked_until < {now})
              ORDER BY d.next_sync_at
              LIMIT {batch}
              FOR UPDATE SKIP LOCKED)
            RETURNING c.*
            """).IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
    }

    private async Task ProbeAllAsync(CancellationToken cancellationToken)
    {
        List<Guid> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Tenants.AsNoTracking()
                .Where(t => t.Status == TenantStatus.Active).Select(t => t.Id).ToListAsync(cancellationToken);
        }

        foreach (var tenantId in tenants)
        {
            using (currentTenant.Change(tenantId)) await ProbeAsync(tenantId, cancellationToken);
        }
    }

    /// <summary>When this organization's next connection is due (a lapsed claim counts as due); forgotten when it has none.</summary>
    private async Task ProbeAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var next = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().CalendarConnections.AsNoTracking()
            .Where(c => c.Status == CalendarConnectionStatus.Active)
            .Select(c => (DateTimeOffset?)(c.SyncLockedUntil > c.NextSyncAt ? c.SyncLockedUntil : c.NextSyncAt))
            .MinAsync(cancellationToken);
        if (next is { } due) _due[tenantId] = due;
        else _due.TryRemove(tenantId, out _);
    }
}
