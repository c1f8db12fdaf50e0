using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.WebhookTests;

namespace Platform.IntegrationTests.VideoTests;

/// <summary>Every confirmed video booking has a room: Jitsi by default, the links each viewer may see, emails and webhooks.</summary>
[Collection(PlatformCollection.Name)]
public sealed class VideoRoomTests(PlatformApp app)
{
    private readonly VideoBookings _video = new(app);

    /// <summary>A message's text with quoted-printable soft line breaks joined, so a long link reads whole.</summary>
    private static string Unwrapped(string message) => message.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal);

    [Fact]
    public async Task A_confirmed_video_booking_gets_a_Jitsi_room_whose_join_link_the_customer_sees_and_whose_host_link_only_the_host_sees()
    {
        var shop = await _video.ShopAsync();
        var offering = await _video.OfferingAsync(shop);
        var (id, customer) = await _video.BookAsync(shop, offering);

        var seen = await _video.RoomAsync(shop, customer.Token, id);
        Assert.Equal("JITSI", seen["provider"]!.GetValue<string>());
        var join = seen["joinUrl"]!.GetValue<string>();
        Assert.StartsWith("https://", join, StringComparison.Ordinal);
        var name = await _video.RoomNameAsync(shop.Org, id);
        Assert.NotNull(name);
        Assert.True(name!.Length >= 20, name);
        Assert.Contains(name, join, StringComparison.Ordinal);
        Assert.Null(seen["hostUrl"]);

        var asHost = await _video.VideoAsync(shop, shop.ProviderPerson.Token, id);
        Assert.NotNull(asHost?["hostUrl"]?.GetValue<string>());
        var asOwner = await _video.VideoAsync(shop, shop.Org.Owner.Token, id);
        Assert.Equal(asHost!["hostUrl"]!.GetValue<string>(), asOwner?["hostUrl"]?.GetValue<string>());

        // The confirmation (and its invite's LOCATION / URL) carries the room's link.
        await Eventually.TrueAsync(() => Mailbox.To(app, customer.Email).Select(Unwrapped).Any(m => m.Contains(join, StringComparison.Ordinal)),
            "the confirmation email with the join link");
        var email = Mailbox.To(app, customer.Email).Select(Unwrapped).First(m => m.Contains(join, StringComparison.Ordinal));
        Assert.Contains("BEGIN:VCALENDAR", email, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_in_person_booking_gets_no_room()
    {
        var shop = await _video.ShopAsync();
        var inPerson = await _video.Bookings.OfferingAsync(shop, 0, new { locationKind = "IN_PERSON", locationDetail = "Studio 2" });
        var (id, customer) = await _video.BookAsync(shop, inPerson);
        // Positive control: a video booking made after it gets its room; by then the first one's delivery would have run.
        var (controlId, controlCustomer) = await _video.BookAsync(shop, await _video.OfferingAsync(shop), Bookings.Slot(hours: 2));
        await _video.RoomAsync(shop, controlCustomer.Token, controlId);
        await Eventually.TrueAsync(() => Mailbox.To(app, customer.Email).Count > 0, "the in-person confirmation");
        Assert.Null(await _video.VideoAsync(shop, customer.Token, id));
        Assert.Equal(0, await _video.RoomCountAsync(shop.Org, id));
    }

    [Fact]
    public async Task A_webhook_subscribed_to_booking_confirmed_receives_the_join_link()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var shop = await _video.ShopAsync();
        var admin = new WebhookAdmin(app, _video.Bookings);
        await admin.CreateAsync(shop.Org, receiver.Url, "booking.confirmed");
        var (id, customer) = await _video.BookAsync(shop, await _video.OfferingAsync(shop));

        var join = (await _video.RoomAsync(shop, customer.Token, id))["joinUrl"]!.GetValue<string>();
        await Eventually.TrueAsync(() => receiver.Calls.Count >= 1, "the booking.confirmed call");
        var video = receiver.Calls[0].Json["data"]!["booking"]!["video"];
        Assert.Equal(join, video?["joinUrl"]?.GetValue<string>());
        Assert.Equal("JITSI", video?["provider"]?.GetValue<string>());
        Assert.Null(video?["hostUrl"]);
    }

    [Fact]
    public async Task Another_organizations_administrator_can_neither_see_nor_set_video_settings()
    {
        var shop = await _video.ShopAsync();
        var other = await _video.Bookings.Accounts.CreateOrganizationAsync();
        var set = await _video.SetAsync(shop.Org, new { provider = "DAILY", apiKey = app.Providers.Daily.ApiKey }, other.Owner.Token);
        Assert.True(set.Errors is not null || set.Data?["setVideoProvider"] is null, set.Body?.ToJsonString());
        var list = await _video.ListAsync(shop.Org, other.Owner.Token);
        Assert.True(list.Errors is not null || list.Data?["videoProviders"] is null, list.Body?.ToJsonString());
        var customer = await _video.Bookings.Accounts.SignUpAsync();
        Assert.NotNull((await _video.ListAsync(shop.Org, customer.Token)).Errors);

        // Positive control: the organization's own administrator can, and sees Jitsi as the default.
        var own = await _video.ListAsync(shop.Org);
        Assert.Null(own.Errors);
        var jitsi = Assert.Single(own.Get("videoProviders").AsArray());
        Assert.Equal("JITSI", jitsi!["provider"]!.GetValue<string>());
        Assert.True(jitsi["isDefault"]!.GetValue<bool>());
        Assert.Equal(0, await _video.Bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM video_accounts"));
    }
}
