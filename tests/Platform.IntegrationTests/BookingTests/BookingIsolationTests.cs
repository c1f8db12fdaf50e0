using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>
/// Who sees which bookings: customers their own, providers their agenda, and nothing of another
/// organization, whichever of its ids is sent to any booking field or mutation.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BookingIsolationTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private static string Key() => Guid.NewGuid().ToString();

    [Fact]
    public async Task A_customer_never_sees_or_touches_another_customers_booking()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var (ann, bob) = (await _bookings.Accounts.SignUpAsync(), await _bookings.Accounts.SignUpAsync());
        var annBooking = (await _bookings.HeldAsync(shop, ann.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Key() }))["id"]!.GetValue<string>();

        Assert.Null(await _bookings.BookingAsync(shop, bob.Token, annBooking));
        Assert.Null(await _bookings.BookingAsync(shop, null, annBooking));
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.ActAsync(shop, bob.Token, "cancelBooking", annBooking), "cancelBooking"));
        var reschedule = await _bookings.GraphQL.SendAsync("mutation($id: ID!, $s: DateTimeOffset!) { rescheduleBooking(id: $id, start: $s) { userErrors { code } } }", new { id = annBooking, s = Bookings.Slot(3) }, bob.Token, shop.Org.Slug);
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(reschedule, "rescheduleBooking"));
        var mine = await _bookings.GraphQL.SendAsync("{ myBookings(when: UPCOMING) { edges { node { id } } } }", null, bob.Token, shop.Org.Slug);
        Assert.Empty(mine.Get("myBookings.edges").AsArray());
        Assert.Equal("CONFIRMED", (await _bookings.BookingAsync(shop, ann.Token, annBooking))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_provider_sees_only_their_own_agenda_and_not_the_customers_other_bookings()
    {
        var shop = await _bookings.ShopAsync();
        var (other, otherPerson) = await _bookings.ProviderAsync(shop.Org);
        var mine = await _bookings.OfferingAsync(shop, price: 1000);
        var theirs = await _bookings.OfferingAsync(shop, price: 1000, providerIds: other);
        var customer = await _bookings.Accounts.SignUpAsync();
        var cartId = (await _bookings.GraphQL.SendAsync("mutation { createCart { cart { id } } }", null, customer.Token, shop.Org.Slug)).Get("createCart.cart.id").GetValue<string>();
        var ownBooking = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = mine, start = Bookings.Slot(0), cartId, idempotencyKey = Key() }))["id"]!.GetValue<string>();
        var otherBooking = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = theirs, start = Bookings.Slot(1), cartId, idempotencyKey = Key() }))["id"]!.GetValue<string>();

        Assert.NotNull(await _bookings.BookingAsync(shop, shop.ProviderPerson.Token, ownBooking));
        Assert.Null(await _bookings.BookingAsync(shop, shop.ProviderPerson.Token, otherBooking));
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "cancelBooking", otherBooking), "cancelBooking"));
        // Through the cart of a booking on their agenda, a provider reaches nothing else of the customer's.
        var viaCart = await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { cart { items { id } } } } }", new { id = ownBooking }, shop.ProviderPerson.Token, shop.Org.Slug);
        Assert.Null(viaCart.Get("node").AsObject()["cart"]);
        var cart = await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { id } }", new { id = cartId }, otherPerson.Token, shop.Org.Slug);
        Assert.Null(cart.Data!["node"]);
    }

    [Fact]
    public async Task Organization_a_ids_do_nothing_in_organization_b()
    {
        var a = await _bookings.ShopAsync();
        var b = await _bookings.ShopAsync();
        var offeringA = await _bookings.OfferingAsync(a, price: 1000);
        var groupA = await _bookings.OfferingAsync(a, extra: new { format = "GROUP", capacity = 1, kind = "WORKSHOP" });
        var customer = await _bookings.Accounts.SignUpAsync();
        var cartA = (await _bookings.GraphQL.SendAsync("mutation { createCart { cart { id } } }", null, customer.Token, a.Org.Slug)).Get("createCart.cart.id").GetValue<string>();
        var bookingA = (await _bookings.HeldAsync(a, customer.Token, new { offeringId = offeringA, start = Bookings.Slot(), cartId = cartA, idempotencyKey = Key() }))["id"]!.GetValue<string>();
        await _bookings.HeldAsync(a, customer.Token, new { offeringId = groupA, start = Bookings.Slot(2), idempotencyKey = Key() });
        var entryA = (await _bookings.GraphQL.SendAsync("mutation($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { entry { id } userErrors { code } } }",
            new { input = new { offeringId = groupA, providerId = a.ProviderId, start = Bookings.Slot(2) } }, (await _bookings.Accounts.SignUpAsync()).Token, a.Org.Slug)).Get("joinWaitlist.entry.id").GetValue<string>();
        var seriesA = await _bookings.GraphQL.SendAsync("mutation($input: BookSeriesInput!) { bookSeries(input: $input) { series { id bookings { id } } } }",
            new { input = new { offeringId = offeringA, start = Bookings.Slot(4), frequency = "WEEKLY", occurrences = 2, mode = "ALL_OR_NOTHING", idempotencyKey = Key() } }, customer.Token, a.Org.Slug);
        var seriesBookingA = seriesA.Get("bookSeries.series.bookings").AsArray()[0]!["id"]!.GetValue<string>();

        // B's owner (full rights in B) sends A's ids to B.
        var owner = b.Org.Owner.Token;
        foreach (var id in new[] { bookingA, cartA, entryA, seriesA.Get("bookSeries.series.id").GetValue<string>() })
            Assert.Null((await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { id } }", new { id }, owner, b.Org.Slug)).Data!["node"]);
        foreach (var mutation in new[] { "cancelBooking", "confirmBooking", "declineBooking", "markCompleted", "markNoShow" })
            Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.ActAsync(b, owner, mutation, bookingA), mutation));
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.GraphQL.SendAsync("mutation($id: ID!, $s: DateTimeOffset!) { rescheduleBooking(id: $id, start: $s) { userErrors { code } } }", new { id = bookingA, s = Bookings.Slot(6) }, owner, b.Org.Slug), "rescheduleBooking"));
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.HoldAsync(b, customer.Token, new { offeringId = offeringA, start = Bookings.Slot(), idempotencyKey = Key() }), "holdBooking"));
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.HoldAsync(b, customer.Token, new { offeringId = await _bookings.OfferingAsync(b), start = Bookings.Slot(), cartId = cartA, idempotencyKey = Key() }), "holdBooking"));
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.HoldAsync(b, customer.Token, new { offeringId = await _bookings.OfferingAsync(b), providerId = a.ProviderId, start = Bookings.Slot(), idempotencyKey = Key() }), "holdBooking"));
        Assert.Equal("NOT_FOUND", (await _bookings.GraphQL.SendAsync("mutation($id: ID!) { abandonCart(id: $id) { userErrors { code } } }", new { id = cartA }, owner, b.Org.Slug)).Get("abandonCart.userErrors").AsArray()[0]!["code"]!.GetValue<string>());
        foreach (var mutation in new[] { "leaveWaitlist", "acceptWaitlistOffer" })
            Assert.Equal("NOT_FOUND", (await _bookings.GraphQL.SendAsync($"mutation($id: ID!) {{ {mutation}(id: $id) {{ userErrors {{ code }} }} }}", new { id = entryA }, owner, b.Org.Slug)).Get($"{mutation}.userErrors").AsArray()[0]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", (await _bookings.GraphQL.SendAsync("mutation($id: ID!) { cancelSeries(fromBookingId: $id) { userErrors { code } } }", new { id = seriesBookingA }, owner, b.Org.Slug)).Get("cancelSeries.userErrors").AsArray()[0]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.GraphQL.SendAsync("mutation($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { userErrors { code } } }",
            new { input = new { offeringId = groupA, providerId = a.ProviderId, start = Bookings.Slot(2) } }, customer.Token, b.Org.Slug), "joinWaitlist"));
        Assert.Empty((await _bookings.GraphQL.SendAsync("query($p: ID!, $f: DateTimeOffset!, $t: DateTimeOffset!) { agenda(providerId: $p, from: $f, to: $t) { id } }", new { p = a.ProviderId, f = Bookings.Slot(-5), t = Bookings.Slot(40) }, owner, b.Org.Slug)).Get("agenda").AsArray());
        Assert.Empty((await _bookings.GraphQL.SendAsync("{ bookings { edges { node { id } } } }", null, owner, b.Org.Slug)).Get("bookings.edges").AsArray());
        Assert.Empty((await _bookings.GraphQL.SendAsync("query($o: ID!, $p: ID!, $s: DateTimeOffset!) { waitlist(offeringId: $o, providerId: $p, start: $s) { id } }", new { o = groupA, p = a.ProviderId, s = Bookings.Slot(2) }, owner, b.Org.Slug)).Get("waitlist").AsArray());
        Assert.Empty((await _bookings.GraphQL.SendAsync("{ myBookings(when: UPCOMING) { edges { node { id } } } }", null, customer.Token, b.Org.Slug)).Get("myBookings.edges").AsArray());

        // A's owner keeps rights only in A: at B's address they see nothing of A either.
        Assert.Null((await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { id } }", new { id = bookingA }, a.Org.Owner.Token, b.Org.Slug)).Data!["node"]);
        Assert.Equal("HELD", (await _bookings.BookingAsync(a, customer.Token, bookingA))!["status"]!.GetValue<string>());
    }
}
