using System.Collections.Concurrent;

namespace Platform.Api.Features.Calendars.Sync;

/// <summary>
/// Wakes this instance's sync worker for an organization (a new connection, a changed choice, a push notification),
/// so the first sync does not wait for the next poll.
/// </summary>
public sealed class CalendarSyncSignal : IDisposable
{
    private readonly ConcurrentDictionary<Guid, byte> _woken = new();
    private readonly SemaphoreSlim _bell = new(0);

    public void Dispose() => _bell.Dispose();

    public void Wake(Guid tenantId)
    {
        _woken.TryAdd(tenantId, 0);
        _bell.Release();
    }

    /// <summary>Waits until woken or <paramref name="timeout"/> passes; returns the organizations woken meanwhile.</summary>
    public async Task<IReadOnlyList<Guid>> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (_woken.IsEmpty)
        {
            using var timer = new CancellationTokenSource(timeout, clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
            try
            {
                await _bell.WaitAsync(linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The poll interval passed without a wake-up.
            }
        }

        var woken = _woken.Keys.ToList();
        foreach (var id in woken) _woken.TryRemove(id, out _);
        return woken;
    }
}
