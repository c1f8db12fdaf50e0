using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Api.Data;
using Platform.Tenancy;

namespace Platform.Api.Features.Notifications.Dispatch;

/// <summary>
/// The delivery loop of one instance. Woken at once by <c>pg_notify('platform_outbox', tenant)</c> from the outbox
/// trigger (so a commit is delivered within milliseconds); after each organization's round it remembers when that
/// organization's next delivery is due (a reminder, a retry) and comes back then; every
/// <see cref="NotificationsOptions.SweepSeconds"/> it visits every active organization for what it did not hear of.
/// Instances share the work through <c>SKIP LOCKED</c> and leases, never by coordination.
/// </summary>
public sealed class OutboxDispatcher(
    IConfiguration configuration,
    IServiceScopeFactory scopes,
    ICurrentTenant currentTenant,
    IOptions<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    public const string Channel = "platform_outbox";

    private readonly ConcurrentDictionary<Guid, byte> _woken = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _due = new();
    private readonly SemaphoreSlim _signal = new(0);

    private long _rounds;

    /// <summary>Rounds completed (tests wait on a round boundary instead of sleeping).</summary>
    public long Rounds => Interlocked.Read(ref _rounds);

    /// <summary>Asks for a round for <paramref name="tenantId"/> now (the listener does; so may a test).</summary>
    public void Wake(Guid tenantId)
    {
        _woken.TryAdd(tenantId, 0);
        if (_signal.CurrentCount == 0) _signal.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled) return;
        var listening = ListenAsync(stoppingToken);
        var lastSweep = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var poll = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
            try
            {
                var sweep = TimeSpan.FromSeconds(options.Value.SweepSeconds);
                if (DateTimeOffset.UtcNow - lastSweep >= sweep)
                {
                    lastSweep = DateTimeOffset.UtcNow;
                    foreach (var tenantId in await ActiveTenantsAsync(stoppingToken))
                    {
                        if (await HasWorkAsync(tenantId, stoppingToken)) await RunTenantAsync(tenantId, stoppingToken);
                    }
                }

                var now = clock.GetUtcNow();
                foreach (var tenantId in _woken.Keys.Union(_due.Where(d => d.Value <= now).Select(d => d.Key)).ToList())
                {
                    _woken.TryRemove(tenantId, out _);
                    await RunTenantAsync(tenantId, stoppingToken);
                }

                Interlocked.Increment(ref _rounds);
                await _signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Notification dispatch round failed");
                await Task.Delay(poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        await listening;
    }

    /// <summary>Fans out, then delivers until nothing is due; one organization's trouble does not stop the others.</summary>
    private async Task RunTenantAsync(Guid tenantId, CancellationToken stoppingToken)
    {
        using (currentTenant.Change(tenantId))
        {
            try
            {
                var batch = options.Value.BatchSize;
                int fannedOut;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    fannedOut = await scope.ServiceProvider.GetRequiredService<OutboxFanOut>().RunAsync(batch, stoppingToken);
                } while (fannedOut == batch);

                int sent;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    sent = await scope.ServiceProvider.GetRequiredService<DeliveryWorker>().RunAsync(stoppingToken);
                } while (sent > 0 && !stoppingToken.IsCancellationRequested);

                await using var last = scopes.CreateAsyncScope();
                var next = await last.ServiceProvider.GetRequiredService<DeliveryWorker>().NextDueAsync(stoppingToken);
                if (next is { } due) _due[tenantId] = due;
                else _due.TryRemove(tenantId, out _);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Notification dispatch failed for organization {TenantId}", tenantId);
            }
        }
    }

    /// <summary>
    /// The sweep's one cheap question per organization: anything to fan out or due now? Remembers the next due time
    /// either way, so an organization with nothing to do costs one round trip.
    /// </summary>
    private async Task<bool> HasWorkAsync(Guid tenantId, CancellationToken stoppingToken)
    {
        using (currentTenant.Change(tenantId))
        {
            await using var scope = scopes.CreateAsyncScope();
            var (pending, next) = await scope.ServiceProvider.GetRequiredService<DeliveryWorker>().ProbeAsync(stoppingToken);
            if (next is { } due) _due[tenantId] = due;
            else _due.TryRemove(tenantId, out _);
            return pending || (next is { } at && at <= clock.GetUtcNow());
        }
    }

    private async Task<List<Guid>> ActiveTenantsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.Tenants.AsNoTracking().Where(t => t.Status == TenantStatus.Active).Select(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Its own physical connection (a pooled one would lose LISTEN on reset); reconnects with backoff.</summary>
    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionStringNames.DirectOrApplication(configuration))
        {
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = "platform-outbox-listener",
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) =>
                {
                    if (Guid.TryParse(e.Payload, out var tenantId)) Wake(tenantId);
                };
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                delay = TimeSpan.FromMilliseconds(250);
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException
                                           or System.Net.Sockets.SocketException or IOException)
            {
                // The sweep still finds everything while the listener is away; only the latency suffers.
                logger.LogWarning(e, "Outbox listener lost its connection; retrying in {Delay}", delay);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }
}
