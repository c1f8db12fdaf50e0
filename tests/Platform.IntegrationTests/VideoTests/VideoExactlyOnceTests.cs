using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.NotificationTests;

namespace Platform.IntegrationTests.VideoTests;

/// <summary>Two instances racing for a booking's room delivery still make one room, with one call to the service.</summary>
public sealed class VideoExactlyOnceTests(SilentApp app) : IClassFixture<SilentApp>
{
    [Fact]
    public async Task Two_racing_instances_make_one_Daily_room_for_a_booking()
    {
        var video = new VideoBookings(app);
        var shop = await video.ShopAsync();
        var daily = app.Providers.Daily;
        var set = await video.SetAsync(shop.Org, new { provider = "DAILY", apiKey = daily.ApiKey, makeDefault = true });
        Assert.Null(Bookings.ErrorCode(set, "setVideoProvider"));
        var (id, customer) = await video.BookAsync(shop, await video.OfferingAsync(shop));
        Assert.Equal(0, await video.RoomCountAsync(shop.Org, id));

        var apiBase = app.Providers.Settings()["Video:Daily:ApiBase"];
        (string, string)[] delivering = [("Notifications:DispatcherEnabled", "true"), ("Video:Daily:ApiBase", apiBase)];
        await using var one = await SecondInstance.StartAsync(app, delivering);
        await using var two = await SecondInstance.StartAsync(app, delivering);
        await video.RoomAsync(shop, customer.Token, id);

        var tenantId = Catalog.Id(shop.Org.Id, "Organization");
        foreach (var instance in new[] { one, two })
        {
            var dispatcher = instance.Services.GetRequiredService<OutboxDispatcher>();
            var target = dispatcher.Rounds + 2;
            dispatcher.Wake(tenantId);
            await Eventually.TrueAsync(() => dispatcher.Rounds >= target, "two more rounds of each instance");
        }

        var name = await video.RoomNameAsync(shop.Org, id);
        Assert.Single(daily.Rooms, r => r.Name == name);
        Assert.Equal(1, await video.RoomCountAsync(shop.Org, id));
        Assert.Equal(1, await video.Bookings.ScalarAsync<long>(shop.Org,
            "SELECT count(*) FROM notification_deliveries WHERE booking_id = $1 AND channel = 'Video' AND state = 'Sent' AND attempts = 1",
            Bookings.IdOf(id)));
    }
}
