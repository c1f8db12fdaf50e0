using Npgsql;
using Platform.Api.Data;

namespace Platform.Api.Realtime;

/// <summary>
/// One <c>LISTEN</c> connection per API instance: every committed change any instance makes arrives
/// here and goes to the in-process hub. On a lost connection it reconnects with backoff and ends
/// every open stream (events may have been missed while it was away), so clients re-read. The same
/// feed keeps every <see cref="ISharedCache"/> coherent: each change evicts what it made stale, and a
/// lost connection clears them all (again once it is back, for whatever was filled meanwhile).
/// </summary>
public sealed class EventListener(
    IConfiguration configuration, RealtimeHub hub, IEnumerable<ISharedCache> caches, ILogger<EventListener> logger) : BackgroundService
{
    private readonly ISharedCache[] _caches = [.. caches];
    private int _connections;

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sequence;

    /// <summary>Completes once this instance hears events (tests and the readiness check wait on it).</summary>
    public Task Listening => _listening.Task;

    public bool IsListening { get; private set; }

    /// <summary>How many times the LISTEN connection was opened (tests wait for a reconnect on it).</summary>
    public int Connections => Volatile.Read(ref _connections);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        var heardBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ListenConnectionString());
                connection.Notification += (_, e) => Dispatch(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {RealtimeTriggers.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (heardBefore)
                {
                    ClearCaches();
                    hub.EndAll(new EventFeedInterruptedException());
                }

                heardBefore = true;
                IsListening = true;
                Interlocked.Increment(ref _connections);
                delay = TimeSpan.FromMilliseconds(250);
                _listening.TrySetResult();
                logger.LogInformation("Listening for real-time events on {Channel}", RealtimeTriggers.Channel);
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException
                                           or System.Net.Sockets.SocketException or IOException)
            {
                IsListening = false;
                ClearCaches();
                logger.LogWarning(e, "Real-time listener lost its connection; retrying in {Delay}", delay);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }

        IsListening = false;
    }

    private void Dispatch(string payload)
    {
        var change = RealtimePayload.Parse(Interlocked.Increment(ref _sequence), payload);
        if (change is null)
        {
            logger.LogWarning("Ignored an unreadable real-time payload of {Length} characters", payload.Length);
            return;
        }

        foreach (var cache in _caches) cache.Evict(change);
        // Registry and settings changes concern caches only; subscribers hear bookings, memberships and busy times.
        if (change is not (TenantChanged or BookingSettingsChanged)) hub.Publish(change);
    }

    private void ClearCaches()
    {
        foreach (var cache in _caches) cache.Clear();
    }

    /// <summary>
    /// Its own physical connection: a pooled one would be reset (DISCARD ALL drops LISTEN) when
    /// returned. Keepalives notice a dead server even while no event comes.
    /// </summary>
    private string ListenConnectionString() =>
        new NpgsqlConnectionStringBuilder(ConnectionStringNames.DirectOrApplication(configuration))
        {
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = "platform-realtime-listener",
        }.ConnectionString;
}
