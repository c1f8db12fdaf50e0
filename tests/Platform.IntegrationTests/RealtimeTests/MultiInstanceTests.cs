using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.RealtimeTests;

/// <summary>Two Platform processes on one database: what one commits, the other's subscribers hear.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MultiInstanceTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task A_booking_held_through_instance_one_reaches_subscribers_on_instance_two()
    {
        await using var second = await SecondInstance.StartAsync(app);
        var shop = await _bookings.ShopAsync(payments: false);
        var other = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        await using var owner = await WsClient.OpenAsync(second.BaseAddress, shop.Org.Owner.Token, shop.Org.Slug);
        await using var customerLive = await WsClient.OpenAsync(second.BaseAddress, customer.Token, shop.Org.Slug);
        await using var otherOwner = await WsClient.OpenAsync(second.BaseAddress, other.Org.Owner.Token, other.Org.Slug);
        await using var sse = await SseClient.StartAsync(second.BaseAddress, shop.Org.Slug, shop.Org.Owner.Token, Live.BookingChanged);
        await owner.SubscribeAsync("b", Live.BookingChanged);
        await customerLive.SubscribeAsync("b", Live.BookingChanged);
        await otherOwner.SubscribeAsync("b", Live.BookingChanged);
        await Live.SubscribedAsync(second, shop.Org, 3);
        await Live.SubscribedAsync(second, other.Org, 1);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var id = await Live.HoldFreeAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        Assert.Equal(id, Live.Payload(await owner.ExpectAsync("next", "b"), "bookingChanged")["id"]!.GetValue<string>());
        Assert.Equal(id, Live.Payload(await customerLive.ExpectAsync("next", "b"), "bookingChanged")["id"]!.GetValue<string>());
        Assert.Equal(id, (await sse.NextEventAsync())!.Value.Data!["data"]!["bookingChanged"]!["id"]!.GetValue<string>());
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"delivery took {started.Elapsed}");
        await otherOwner.AssertSilentAsync(Live.Quiet);
    }
}
