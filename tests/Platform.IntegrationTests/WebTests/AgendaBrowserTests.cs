using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebTests;

/// <summary>The agenda in Chromium: the host confirms and the customer's open page turns Confirmed live (web/e2e/host-confirms.mjs).</summary>
[Collection(PlatformCollection.Name)]
public sealed class AgendaBrowserTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task The_host_confirms_on_the_agenda_and_the_customers_open_page_shows_confirmed_without_a_reload()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot(days: 2);
        var booking = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() });
        Assert.Equal("AWAITING_HOST", booking["status"]!.GetValue<string>());
        var name = (await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Offering { name } } }", new { id = offering }, shop.Org.Owner.Token, shop.Org.Slug))
            .Get("node.name").GetValue<string>();

        await new BrowserScenarios(app).RunAsync("host-confirms", new
        {
            slug = shop.Org.Slug,
            password = Accounts.Password,
            customerEmail = customer.Email,
            providerEmail = shop.ProviderPerson.Email,
            offeringName = name,
            // The shop's provider works in UTC: the agenda's day of the start.
            date = MyBookingsBrowserTests.Day(start),
        }, new Dictionary<string, BrowserScenarios.Answer>
        {
            // Answered once the customer's open page is subscribed (its one bookingChanged), before the host acts.
            ["subscribed"] = async _ =>
            {
                await RealtimeTests.Live.SubscribedAsync(app, shop.Org, 1);
                return new { subscribed = 1 };
            },
        });

        var after = await _bookings.BookingAsync(shop, customer.Token, booking["id"]!.GetValue<string>());
        Assert.Equal("CONFIRMED", after!["status"]!.GetValue<string>());
    }
}
