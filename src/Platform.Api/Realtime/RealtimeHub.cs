using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Platform.Api.Realtime;

/// <summary>
/// The in-process fan-out: every subscriber registers under its tenant and receives only that
/// tenant's events, through its own bounded queue. Publishing never waits: a subscriber whose queue
/// is full is dropped (its stream ends with <see cref="SubscriberTooSlowException"/>) so one slow
/// reader cannot stall the listener or the others.
/// </summary>
public sealed class RealtimeHub(IOptions<RealtimeOptions> options, ILogger<RealtimeHub> logger)
{
    private readonly ConcurrentDictionary<Guid, TenantSubscribers> _tenants = new();
    private long _dropped;

    public int SubscriberCount => _tenants.Values.Sum(t => t.Count);

    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>The subscribers of one tenant now: a subscription is registered once it counts here (tests wait on this).</summary>
    public int SubscriberCountOf(Guid tenantId) => _tenants.TryGetValue(tenantId, out var subscribers) ? subscribers.Count : 0;

    public RealtimeSubscription Subscribe(Guid tenantId)
    {
        var subscription = new RealtimeSubscription(this, tenantId, options.Value.SubscriberQueueCapacity);
        _tenants.GetOrAdd(tenantId, _ => new TenantSubscribers()).Add(subscription);
        return subscription;
    }

    public void Publish(RealtimeEvent change)
    {
        if (!_tenants.TryGetValue(change.TenantId, out var subscribers)) return;
        foreach (var subscription in subscribers.Snapshot)
        {
            if (subscription.TryDeliver(change)) continue;

            Interlocked.Increment(ref _dropped);
            logger.LogWarning("Dropped a real-time subscriber of tenant {TenantId}: {Capacity} events waiting",
                change.TenantId, options.Value.SubscriberQueueCapacity);
            subscription.End(new SubscriberTooSlowException());
        }
    }

    /// <summary>After the listener lost its connection events may have been missed: every stream ends so its client re-reads.</summary>
    public void EndAll(Exception reason)
    {
        foreach (var subscribers in _tenants.Values)
        {
            foreach (var subscription in subscribers.Snapshot) subscription.End(reason);
        }
    }

    internal void Remove(RealtimeSubscription subscription)
    {
        if (_tenants.TryGetValue(subscription.TenantId, out var subscribers)) subscribers.Remove(subscription);
    }

    /// <summary>Copy-on-write: publishing reads a snapshot without locks; (un)subscribing copies.</summary>
    private sealed class TenantSubscribers
    {
        private readonly Lock _gate = new();
        private ImmutableArray<RealtimeSubscription> _items = [];

        public ImmutableArray<RealtimeSubscription> Snapshot => _items;

        public int Count => _items.Length;

        public void Add(RealtimeSubscription subscription)
        {
            lock (_gate) _items = _items.Add(subscription);
        }

        public void Remove(RealtimeSubscription subscription)
        {
            lock (_gate) _items = _items.Remove(subscription);
        }
    }
}

/// <summary>One subscriber's queue of its tenant's events.</summary>
public sealed class RealtimeSubscription : IDisposable
{
    private readonly RealtimeHub _hub;
    private readonly Channel<RealtimeEvent> _queue;

    internal RealtimeSubscription(RealtimeHub hub, Guid tenantId, int capacity)
    {
        _hub = hub;
        TenantId = tenantId;
        _queue = Channel.CreateBounded<RealtimeEvent>(
            new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public Guid TenantId { get; }

    public ChannelReader<RealtimeEvent> Events => _queue.Reader;

    internal bool TryDeliver(RealtimeEvent change) => _queue.Writer.TryWrite(change) || _queue.Reader.Completion.IsCompleted;

    /// <summary>Ends the stream: the reader drains what is queued, then sees <paramref name="reason"/>.</summary>
    internal void End(Exception reason)
    {
        _hub.Remove(this);
        _queue.Writer.TryComplete(reason);
    }

    public void Dispose()
    {
        _hub.Remove(this);
        _queue.Writer.TryComplete();
    }
}

/// <summary>The subscriber could not keep up with its events and was dropped.</summary>
public sealed class SubscriberTooSlowException : global::GraphQL.ExecutionError
{
    public SubscriberTooSlowException()
        : base("Subscriber too slow: events were dropped. Subscribe again and re-read.") => Code = "SUBSCRIBER_TOO_SLOW";
}

/// <summary>The instance lost its event feed for a moment; events may have been missed.</summary>
public sealed class EventFeedInterruptedException : global::GraphQL.ExecutionError
{
    public EventFeedInterruptedException()
        : base("The event feed was interrupted and events may have been missed. Subscribe again and re-read.") => Code = "EVENTS_MISSED";
}
