using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.WebhookTests;

namespace Platform.IntegrationTests.VideoTests;

/// <summary>Daily and 100ms: settings checked with the service and kept encrypted; rooms made, moved and ended with the booking.</summary>
[Collection(PlatformCollection.Name)]
public sealed class VideoServiceTests(PlatformApp app)
{
    private readonly VideoBookings _video = new(app);

    private static string Token(string link) => VideoHarness.Query(link, "t");

    [Fact]
    public async Task Daily_settings_are_checked_and_encrypted_and_its_room_follows_the_booking_from_confirmation_to_cancellation()
    {
        var shop = await _video.ShopAsync();
        var daily = app.Providers.Daily;

        var wrong = await _video.SetAsync(shop.Org, new { provider = "DAILY", apiKey = "not-the-key-0000", makeDefault = true });
        Assert.Equal("VIDEO_CREDENTIALS_REJECTED", Bookings.ErrorCode(wrong, "setVideoProvider"));
        Assert.DoesNotContain("not-the-key-0000", wrong.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, await _video.Bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM video_accounts"));

        var right = await _video.SetAsync(shop.Org, new { provider = "DAILY", apiKey = daily.ApiKey, makeDefault = true });
        Assert.Null(Bookings.ErrorCode(right, "setVideoProvider"));
        Assert.Equal("DAILY", right.Get("setVideoProvider.settings.provider").GetValue<string>());
        Assert.True(right.Get("setVideoProvider.settings.isDefault").GetValue<bool>());
        Assert.DoesNotContain(daily.ApiKey, right.Body!.ToJsonString(), StringComparison.Ordinal);
        var stored = await _video.Bookings.ScalarAsync<string>(shop.Org, "SELECT protected_credentials FROM video_accounts WHERE provider = 'daily'");
        Assert.False(string.IsNullOrEmpty(stored));
        Assert.DoesNotContain(daily.ApiKey, stored!, StringComparison.Ordinal);

        var start = Bookings.Slot(days: 4);
        var (id, customer) = await _video.BookAsync(shop, await _video.OfferingAsync(shop), start);
        var seen = await _video.RoomAsync(shop, customer.Token, id);
        Assert.Equal("DAILY", seen["provider"]!.GetValue<string>());
        var name = await _video.RoomNameAsync(shop.Org, id);
        var room = Assert.Single(daily.Rooms, r => r.Name == name);
        Assert.False(daily.Token(Token(seen["joinUrl"]!.GetValue<string>()))!.IsOwner);
        var hostUrl = (await _video.VideoAsync(shop, shop.ProviderPerson.Token, id))!["hostUrl"]!.GetValue<string>();
        Assert.True(daily.Token(Token(hostUrl))!.IsOwner);

        await _video.RescheduleAsync(shop, customer.Token, id, start.AddHours(3));
        await Eventually.TrueAsync(() => daily.Rooms.Single(r => r.Name == name).Exp > room.Exp, "the room's expiry moved with the booking");

        await _video.CancelAsync(shop, customer.Token, id);
        await Eventually.TrueAsync(() => daily.Deleted.Contains(name!), "the room deleted");
        await Eventually.TrueAsync(async () => await _video.VideoAsync(shop, customer.Token, id) is null, "no room on the booking");
    }

    [Fact]
    public async Task A_100ms_room_has_a_room_code_per_role_and_a_transient_500_is_retried_into_one_room()
    {
        var shop = await _video.ShopAsync();
        var hms = app.Providers.Hms;
        var set = await _video.SetAsync(shop.Org, new
        {
            provider = "HMS", appId = hms.AppAccessKey, appSecret = hms.AppSecret, templateId = hms.TemplateId, subdomain = "acme-clinic",
        });
        Assert.Null(Bookings.ErrorCode(set, "setVideoProvider"));
        Assert.False(set.Get("setVideoProvider.settings.isDefault").GetValue<bool>());
        Assert.EndsWith(hms.AppAccessKey[^4..], set.Get("setVideoProvider.settings.appId").GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEqual(hms.AppAccessKey, set.Get("setVideoProvider.settings.appId").GetValue<string>());

        hms.FailNext(1);
        var (id, customer) = await _video.BookAsync(shop, await _video.OfferingAsync(shop, "hms"));
        var delivery = "SELECT attempts FROM notification_deliveries WHERE booking_id = $1 AND channel = 'Video'";
        await Eventually.TrueAsync(async () => await _video.Bookings.ScalarAsync<int>(shop.Org, delivery, Bookings.IdOf(id)) >= 1,
            "the first attempt");
        using (new WebhookAdmin(app, _video.Bookings).SkipBackoff(shop.Org, TimeSpan.FromMinutes(5)))
        {
            var seen = await _video.RoomAsync(shop, customer.Token, id);
            Assert.Equal("HMS", seen["provider"]!.GetValue<string>());
            var name = await _video.RoomNameAsync(shop.Org, id);
            var room = Assert.Single(hms.Rooms, r => r.Name == name);
            Assert.EndsWith("/meeting/" + room.Codes["guest"], seen["joinUrl"]!.GetValue<string>(), StringComparison.Ordinal);
            var hostUrl = (await _video.VideoAsync(shop, shop.ProviderPerson.Token, id))!["hostUrl"]!.GetValue<string>();
            Assert.EndsWith("/meeting/" + room.Codes["host"], hostUrl, StringComparison.Ordinal);
            Assert.StartsWith("https://acme-clinic.app.100ms.live/", hostUrl, StringComparison.Ordinal);
        }

        Assert.True(await _video.Bookings.ScalarAsync<int>(shop.Org, delivery, Bookings.IdOf(id)) >= 2);
        Assert.Equal(1, await _video.RoomCountAsync(shop.Org, id));
    }

    [Fact]
    public async Task Hostile_settings_are_user_errors_and_nothing_is_stored()
    {
        var shop = await _video.ShopAsync();
        foreach (var apiKey in new[] { "ab\uD800cd", "ab\0cd", new string('k', 5_000) })
        {
            var result = await _video.SetAsync(shop.Org, new { provider = "DAILY", apiKey });
            Assert.True(result.Errors is not null || Bookings.ErrorCode(result, "setVideoProvider") is not null, result.Body?.ToJsonString());
            Assert.True((int)result.Status < 500, $"{result.Status}");
        }

        var url = await _video.SetAsync(shop.Org, new { provider = "JITSI", serverUrl = "http://meet.example.com/" });
        Assert.Equal("INVALID_INPUT", Bookings.ErrorCode(url, "setVideoProvider"));
        Assert.Equal(0, await _video.Bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM video_accounts"));
    }
}
