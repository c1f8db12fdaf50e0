using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.VideoTests;

/// <summary>Video bookings through the public API: settings, a confirmed video booking, its room as each viewer sees it.</summary>
internal sealed class VideoBookings(PlatformApp app)
{
    public const string SettingsFields = "provider isDefault subdomain templateId serverUrl appId updatedAt";

    public Bookings Bookings { get; } = new(app);

    public GraphQLClient GraphQL => Bookings.GraphQL;

    public Task<Bookings.Shop> ShopAsync() => Bookings.ShopAsync(payments: false);

    /// <summary>A free video offering (confirmed at once), naming <paramref name="videoProvider"/> or none.</summary>
    public Task<string> OfferingAsync(Bookings.Shop shop, string? videoProvider = null) =>
        Bookings.OfferingAsync(shop, 0, videoProvider is null ? new { locationKind = "VIDEO" } : new { locationKind = "VIDEO", videoProvider });

    public async Task<(string Id, Accounts.Person Customer)> BookAsync(Bookings.Shop shop, string offering, DateTimeOffset? start = null)
    {
        var customer = await Bookings.Accounts.SignUpAsync();
        var booking = await Bookings.HeldAsync(shop, customer.Token,
            new { offeringId = offering, start = start ?? Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() });
        Assert.Equal("CONFIRMED", booking["status"]!.GetValue<string>());
        return (booking["id"]!.GetValue<string>(), customer);
    }

    public Task<GraphQLClient.Response> SetAsync(Accounts.Organization org, object input, string? token = null) =>
        GraphQL.SendAsync(
            $"mutation($input: SetVideoProviderInput!) {{ setVideoProvider(input: $input) {{ settings {{ {SettingsFields} }} userErrors {{ code field message }} }} }}",
            new { input }, token ?? org.Owner.Token, org.Slug);

    public Task<GraphQLClient.Response> ListAsync(Accounts.Organization org, string? token = null) =>
        GraphQL.SendAsync($"{{ videoProviders {{ {SettingsFields} }} }}", null, token ?? org.Owner.Token, org.Slug);

    public async Task<JsonNode?> VideoAsync(Bookings.Shop shop, string token, string bookingId)
    {
        var result = await GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { video { provider joinUrl hostUrl } } } }",
            new { id = bookingId }, token, shop.Org.Slug);
        Assert.True(result.Errors is null, result.Body?.ToJsonString());
        return result.Data?["node"]?["video"];
    }

    /// <summary>Waits for the booking's room (as the customer sees it) and returns it.</summary>
    public async Task<JsonNode> RoomAsync(Bookings.Shop shop, string token, string bookingId)
    {
        JsonNode? video = null;
        await Eventually.TrueAsync(async () => (video = await VideoAsync(shop, token, bookingId)) is not null, "the booking's video room");
        return video!;
    }

    public Task<string?> RoomNameAsync(Accounts.Organization org, string bookingId) =>
        Bookings.ScalarAsync<string>(org, "SELECT room_name FROM booking_video_rooms WHERE booking_id = $1", Bookings.IdOf(bookingId));

    public Task<long> RoomCountAsync(Accounts.Organization org, string bookingId) =>
        Bookings.ScalarAsync<long>(org, "SELECT count(*) FROM booking_video_rooms WHERE booking_id = $1", Bookings.IdOf(bookingId));

    public async Task RescheduleAsync(Bookings.Shop shop, string token, string bookingId, DateTimeOffset start)
    {
        var moved = await GraphQL.SendAsync(
            "mutation($id: ID!, $s: DateTimeOffset!) { rescheduleBooking(id: $id, start: $s) { userErrors { code message } } }",
            new { id = bookingId, s = start }, token, shop.Org.Slug);
        Assert.True(moved.Errors is null && moved.Get("rescheduleBooking.userErrors").AsArray().Count == 0, moved.Body?.ToJsonString());
    }

    public async Task CancelAsync(Bookings.Shop shop, string token, string bookingId)
    {
        var cancelled = await Bookings.ActAsync(shop, token, "cancelBooking", bookingId);
        Assert.Equal("CANCELLED", cancelled.Get("cancelBooking.booking.status").GetValue<string>());
    }
}
