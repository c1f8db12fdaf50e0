using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>Carts: several holds under one expiry and one total; expiry or abandoning releases them all.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CartTests(PlatformApp app)
{
    private const string CartFields = "id status expiresAt total { amount currency holds } items { id status holdExpiresAt price { amount } offering { id } provider { id } }";
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task Holds_of_different_offerings_providers_and_times_share_the_carts_expiry_and_total()
    {
        var shop = await _bookings.ShopAsync();
        var (secondProvider, _) = await _bookings.ProviderAsync(shop.Org);
        var lesson = await _bookings.OfferingAsync(shop, price: 4500);
        var workshop = await _bookings.OfferingAsync(shop, price: 3000, extra: new { format = "GROUP", capacity = 6, kind = "WORKSHOP" }, providerIds: secondProvider);
        var customer = await _bookings.Accounts.SignUpAsync();
        var cart = await CreateCartAsync(shop, customer);
        var cartId = cart["id"]!.GetValue<string>();

        using (app.Clock.Advance(TimeSpan.FromMinutes(5)))
        {
            await _bookings.HeldAsync(shop, customer.Token, new { offeringId = lesson, start = Bookings.Slot(0), cartId, idempotencyKey = Guid.NewGuid().ToString() });
            await _bookings.HeldAsync(shop, customer.Token, new { offeringId = workshop, start = Bookings.Slot(3), seats = 2, cartId, idempotencyKey = Guid.NewGuid().ToString() });
        }

        var now = await CartAsync(shop, customer, cartId);
        Assert.Equal(("OPEN", 10500L, 2), (now["status"]!.GetValue<string>(), now["total"]!["amount"]!.GetValue<long>(), now["total"]!["holds"]!.GetValue<int>()));
        Assert.All(now["items"]!.AsArray(), i => Assert.Equal(cart["expiresAt"]!.GetValue<string>(), i!["holdExpiresAt"]!.GetValue<string>()));
        Assert.Equal(2, now["items"]!.AsArray().Select(i => i!["provider"]!["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task When_the_cart_expires_every_hold_in_it_is_released()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 1000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var cartId = (await CreateCartAsync(shop, customer))["id"]!.GetValue<string>();
        foreach (var hour in new[] { 0, 2, 4 })
            await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(hour), cartId, idempotencyKey = Guid.NewGuid().ToString() });

        using (app.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            var expired = await CartAsync(shop, customer, cartId);
            Assert.Equal("EXPIRED", expired["status"]!.GetValue<string>());
            Assert.Null(expired["total"]);
            Assert.All(expired["items"]!.AsArray(), i => Assert.Equal("EXPIRED", i!["status"]!.GetValue<string>()));
            var other = await _bookings.Accounts.SignUpAsync();
            foreach (var hour in new[] { 0, 2, 4 })
                await _bookings.HeldAsync(shop, other.Token, new { offeringId = offering, start = Bookings.Slot(hour), idempotencyKey = Guid.NewGuid().ToString() });
            Assert.Equal("CART_CLOSED", Bookings.ErrorCode(await _bookings.HoldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(6), cartId, idempotencyKey = Guid.NewGuid().ToString() }), "holdBooking"));
        }
    }

    [Fact]
    public async Task Abandoning_a_cart_releases_its_holds_at_once_and_other_customers_cannot_use_it()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 1000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var stranger = await _bookings.Accounts.SignUpAsync();
        var cartId = (await CreateCartAsync(shop, customer))["id"]!.GetValue<string>();
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(0), cartId, idempotencyKey = Guid.NewGuid().ToString() });

        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.HoldAsync(shop, stranger.Token, new { offeringId = offering, start = Bookings.Slot(1), cartId, idempotencyKey = Guid.NewGuid().ToString() }), "holdBooking"));
        Assert.Equal("NOT_FOUND", (await AbandonAsync(shop, stranger, cartId)).Get("abandonCart.userErrors").AsArray()[0]!["code"]!.GetValue<string>());

        var abandoned = await AbandonAsync(shop, customer, cartId);
        Assert.Equal("ABANDONED", abandoned.Get("abandonCart.cart.status").GetValue<string>());
        Assert.All(abandoned.Get("abandonCart.cart.items").AsArray(), i => Assert.Equal("CANCELLED", i!["status"]!.GetValue<string>()));
        await _bookings.HeldAsync(shop, stranger.Token, new { offeringId = offering, start = Bookings.Slot(0), idempotencyKey = Guid.NewGuid().ToString() });
    }

    [Fact]
    public async Task A_cart_keeps_one_currency()
    {
        var shop = await _bookings.ShopAsync();
        var dollars = await _bookings.OfferingAsync(shop, price: 1000);
        var euros = await _bookings.OfferingAsync(shop);
        await _bookings.GraphQL.SendAsync("mutation($id: ID!) { setPriceRules(offeringId: $id, rules: [{ role: \"public\", unitAmount: 900, currency: \"EUR\" }]) { userErrors { code } } }", new { id = euros }, shop.Org.Owner.Token, shop.Org.Slug);
        var customer = await _bookings.Accounts.SignUpAsync();
        var cartId = (await CreateCartAsync(shop, customer))["id"]!.GetValue<string>();
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = dollars, start = Bookings.Slot(0), cartId, idempotencyKey = Guid.NewGuid().ToString() });
        Assert.Equal("CURRENCY_MISMATCH", Bookings.ErrorCode(await _bookings.HoldAsync(shop, customer.Token, new { offeringId = euros, start = Bookings.Slot(2), cartId, idempotencyKey = Guid.NewGuid().ToString() }), "holdBooking"));
    }

    private async Task<System.Text.Json.Nodes.JsonNode> CreateCartAsync(Bookings.Shop shop, Accounts.Person customer)
    {
        var created = await _bookings.GraphQL.SendAsync($"mutation {{ createCart {{ cart {{ {CartFields} }} userErrors {{ code }} }} }}", null, customer.Token, shop.Org.Slug);
        Assert.Empty(created.Get("createCart.userErrors").AsArray());
        return created.Get("createCart.cart");
    }

    private async Task<System.Text.Json.Nodes.JsonNode> CartAsync(Bookings.Shop shop, Accounts.Person customer, string id) =>
        (await _bookings.GraphQL.SendAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Cart {{ {CartFields} }} }} }}", new { id }, customer.Token, shop.Org.Slug)).Get("node");

    private Task<GraphQLClient.Response> AbandonAsync(Bookings.Shop shop, Accounts.Person person, string id) =>
        _bookings.GraphQL.SendAsync($"mutation($id: ID!) {{ abandonCart(id: $id) {{ cart {{ {CartFields} }} userErrors {{ code }} }} }}", new { id }, person.Token, shop.Org.Slug);
}
