using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.RealtimeTests;

/// <summary>graphql-sse distinct connections mode: the same operations and the same isolation over server-sent events.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SseTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task Queries_answer_once_and_validation_errors_arrive_as_a_next_event()
    {
        var person = await _bookings.Accounts.SignUpAsync();
        await using (var query = await SseClient.StartAsync(app.BaseAddress, null, person.Token, "{ viewer { user { email } } }"))
        {
            Assert.Equal("text/event-stream", query.Response.Content.Headers.ContentType?.MediaType);
            var next = (await query.NextEventAsync())!.Value;
            Assert.Equal("next", next.Event);
            Assert.Equal(person.Email, next.Data!["data"]!["viewer"]!["user"]!["email"]!.GetValue<string>());
            Assert.Equal("complete", (await query.NextEventAsync())!.Value.Event);
        }

        await using var invalid = await SseClient.StartAsync(app.BaseAddress, null, person.Token, "{ noSuchField }");
        var error = (await invalid.NextEventAsync())!.Value;
        Assert.Equal("next", error.Event);
        Assert.Contains("noSuchField", error.Data!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("complete", (await invalid.NextEventAsync())!.Value.Event);
    }

    [Fact]
    public async Task A_subscription_hears_its_organizations_changes_and_another_organization_hears_none()
    {
        var a = await _bookings.ShopAsync(payments: false);
        var b = await _bookings.ShopAsync(payments: false);
        var offeringA = await _bookings.OfferingAsync(a);
        var offeringB = await _bookings.OfferingAsync(b);
        var customer = await _bookings.Accounts.SignUpAsync();
        await using var ownerA = await SseClient.StartAsync(app.BaseAddress, a.Org.Slug, a.Org.Owner.Token, Live.BookingChanged);
        await using var pageA = await SseClient.StartAsync(app.BaseAddress, a.Org.Slug, null, Live.SlotsChanged, Live.Window(offeringA));
        await using var ownerB = await SseClient.StartAsync(app.BaseAddress, b.Org.Slug, b.Org.Owner.Token, Live.BookingChanged);
        await using var pageB = await SseClient.StartAsync(app.BaseAddress, b.Org.Slug, null, Live.SlotsChanged, Live.Window(offeringB));
        await Live.SubscribedAsync(app, a.Org, 2);
        await Live.SubscribedAsync(app, b.Org, 2);

        var id = await Live.HoldFreeAsync(_bookings, a, customer.Token, offeringA, Bookings.Slot());
        var heard = (await ownerA.NextEventAsync())!.Value;
        Assert.Equal("next", heard.Event);
        Assert.Equal(id, heard.Data!["data"]!["bookingChanged"]!["id"]!.GetValue<string>());
        // The positive control for B's booking page: A's page hears the same change.
        var slots = (await pageA.NextEventAsync())!.Value;
        Assert.Equal("next", slots.Event);
        Assert.NotNull(slots.Data!["data"]!["slotsChanged"]);
        Assert.Null(await ownerB.NextEventAsync(Live.Quiet));
        Assert.Null(await pageB.NextEventAsync(TimeSpan.FromMilliseconds(200)));
    }
}
