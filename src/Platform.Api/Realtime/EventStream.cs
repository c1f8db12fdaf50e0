using Platform.Tenancy;

namespace Platform.Api.Realtime;

/// <summary>What a subscription field makes of one event: a value to send, nothing, or the end of the stream.</summary>
public readonly record struct EventOutcome(object? Value, Exception? End)
{
    public static EventOutcome Skip => default;

    public static EventOutcome Send(object value) => new(value, null);

    public static EventOutcome Stop(Exception reason) => new(null, reason);
}

/// <summary>
/// A subscription's source stream over the hub: each event of the tenant passes through
/// <c>select</c> (filter, re-authorize, load) on one loop per subscriber, under the subscriber's
/// tenant and user, so events keep their order and the database sees the right tenant.
/// </summary>
public sealed class EventStream(
    RealtimeHub hub,
    ICurrentTenant currentTenant,
    Guid tenantId,
    Guid? userId,
    Func<IReadOnlyList<RealtimeEvent>, CancellationToken, ValueTask<EventOutcome>> select,
    Func<CancellationToken, ValueTask<object?>>? initial = null,
    bool coalesce = false) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer)
    {
        // Subscribe before the loop starts so nothing committed after this call is missed.
        var subscription = hub.Subscribe(tenantId);
        var stop = new CancellationTokenSource();
        _ = Task.Run(() => PumpAsync(subscription, observer, stop.Token), CancellationToken.None);
        return new Unsubscriber(subscription, stop);
    }

    private async Task PumpAsync(RealtimeSubscription subscription, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        using var tenant = currentTenant.Change(tenantId);
        using var user = currentTenant.ChangeUser(userId);
        try
        {
            if (initial is not null && await initial(cancellationToken) is { } first) observer.OnNext(first);
            var batch = new List<RealtimeEvent>();
            while (await subscription.Events.WaitToReadAsync(cancellationToken))
            {
                batch.Clear();
                // A dashboard needs only the latest state: gather what is queued and answer once.
                while ((batch.Count == 0 || coalesce) && subscription.Events.TryRead(out var change)) batch.Add(change);
                if (batch.Count == 0) continue;
                var outcome = await select(batch, cancellationToken);
                if (outcome.End is { } end)
                {
                    observer.OnError(end);
                    return;
                }

                if (outcome.Value is { } value) observer.OnNext(value);
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed: nobody is listening any more.
        }
        catch (Exception e)
        {
            // A channel completed with a reason (a drop, a gap in the feed) surfaces that reason.
            observer.OnError(e is System.Threading.Channels.ChannelClosedException { InnerException: { } reason } ? reason : e);
        }
        finally
        {
            subscription.Dispose();
        }
    }

    private sealed class Unsubscriber(RealtimeSubscription subscription, CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            subscription.Dispose();
            stop.Cancel();
            stop.Dispose();
        }
    }
}
