using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Api.Realtime;

namespace Platform.UnitTests.Realtime;

public sealed class RealtimeHubTests
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();

    private static RealtimeHub Hub(int capacity = 4) =>
        new(Options.Create(new RealtimeOptions { SubscriberQueueCapacity = capacity }), NullLogger<RealtimeHub>.Instance);

    private static MembershipChanged Event(long sequence, Guid tenant) => new(sequence, tenant, Guid.NewGuid());

    [Fact]
    public void Subscribers_receive_only_their_tenants_events_in_order()
    {
        var hub = Hub();
        using var a = hub.Subscribe(TenantA);
        using var b = hub.Subscribe(TenantB);
        hub.Publish(Event(1, TenantA));
        hub.Publish(Event(2, TenantB));
        hub.Publish(Event(3, TenantA));

        Assert.True(a.Events.TryRead(out var first));
        Assert.True(a.Events.TryRead(out var second));
        Assert.False(a.Events.TryRead(out _));
        Assert.Equal([1L, 3L], new[] { first!.Sequence, second!.Sequence });
        Assert.True(b.Events.TryRead(out var onlyB));
        Assert.Equal(2, onlyB!.Sequence);
    }

    [Fact]
    public async Task A_slow_subscriber_is_dropped_and_the_others_keep_receiving()
    {
        var hub = Hub(capacity: 2);
        using var slow = hub.Subscribe(TenantA);
        using var fast = hub.Subscribe(TenantA);
        for (var i = 1; i <= 5; i++)
        {
            hub.Publish(Event(i, TenantA));
            Assert.True(fast.Events.TryRead(out var change));
            Assert.Equal(i, change!.Sequence);
        }

        // The slow one still gets what was queued, then learns why it ends.
        Assert.True(slow.Events.TryRead(out _));
        Assert.True(slow.Events.TryRead(out _));
        var ended = await Assert.ThrowsAnyAsync<Exception>(async () => await slow.Events.WaitToReadAsync());
        Assert.IsType<SubscriberTooSlowException>(ended is System.Threading.Channels.ChannelClosedException { InnerException: { } inner } ? inner : ended);
        Assert.Equal(1, hub.Dropped);
        Assert.Equal(1, hub.SubscriberCount);
    }

    [Fact]
    public void Disposing_unsubscribes()
    {
        var hub = Hub();
        var subscription = hub.Subscribe(TenantA);
        Assert.Equal(1, hub.SubscriberCount);
        subscription.Dispose();
        Assert.Equal(0, hub.SubscriberCount);
        hub.Publish(Event(1, TenantA));
        Assert.False(subscription.Events.TryRead(out _));
    }

    [Fact]
    public void A_tenants_subscriber_count_counts_only_its_own_subscribers_while_they_stay()
    {
        var hub = Hub();
        var a1 = hub.Subscribe(TenantA);
        using var a2 = hub.Subscribe(TenantA);
        using var b = hub.Subscribe(TenantB);
        Assert.Equal(2, hub.SubscriberCountOf(TenantA));
        Assert.Equal(1, hub.SubscriberCountOf(TenantB));
        Assert.Equal(0, hub.SubscriberCountOf(Guid.NewGuid()));
        a1.Dispose();
        Assert.Equal(1, hub.SubscriberCountOf(TenantA));
    }

    [Fact]
    public async Task Ending_all_streams_tells_every_subscriber_that_events_may_have_been_missed()
    {
        var hub = Hub();
        using var a = hub.Subscribe(TenantA);
        using var b = hub.Subscribe(TenantB);
        hub.EndAll(new EventFeedInterruptedException());
        foreach (var subscription in new[] { a, b })
        {
            var ended = await Assert.ThrowsAnyAsync<Exception>(async () => await subscription.Events.WaitToReadAsync());
            Assert.IsType<EventFeedInterruptedException>(ended is System.Threading.Channels.ChannelClosedException { InnerException: { } inner } ? inner : ended);
        }
    }
}
