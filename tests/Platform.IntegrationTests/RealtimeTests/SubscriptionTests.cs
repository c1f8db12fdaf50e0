using Npgsql;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.RealtimeTests;

/// <summary>bookingChanged, slotsChanged and dashboard over WebSocket: who hears what, and only committed changes.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SubscriptionTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task A_customer_hears_their_own_bookings_and_never_another_customers()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var alice = await _bookings.Accounts.SignUpAsync();
        var bob = await _bookings.Accounts.SignUpAsync();
        await using var aliceLive = await WsClient.OpenAsync(app.BaseAddress, alice.Token, shop.Org.Slug);
        await using var bobLive = await WsClient.OpenAsync(app.BaseAddress, bob.Token, shop.Org.Slug);
        await aliceLive.SubscribeAsync("b", Live.BookingChanged);
        await bobLive.SubscribeAsync("b", Live.BookingChanged);
        await Live.SubscribedAsync(app, shop.Org, 2);

        var id = await Live.HoldFreeAsync(_bookings, shop, alice.Token, offering, Bookings.Slot());
        var heard = Live.Payload(await aliceLive.ExpectAsync("next", "b"), "bookingChanged");
        Assert.Equal(id, heard["id"]!.GetValue<string>());
        Assert.Equal("CONFIRMED", heard["status"]!.GetValue<string>());
        Assert.Equal(alice.Email, heard["customer"]!["email"]!.GetValue<string>());

        await _bookings.ActAsync(shop, alice.Token, "cancelBooking", id);
        Assert.Equal("CANCELLED", Live.Payload(await aliceLive.ExpectAsync("next", "b"), "bookingChanged")["status"]!.GetValue<string>());
        await bobLive.AssertSilentAsync(Live.Quiet);
    }

    [Fact]
    public async Task Providers_hear_their_agenda_and_administrators_everything_or_what_they_filter()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var (secondProvider, secondPerson) = await _bookings.ProviderAsync(shop.Org);
        var offering = await _bookings.OfferingAsync(shop, providerIds: [shop.ProviderId, secondProvider]);
        var customer = await _bookings.Accounts.SignUpAsync();
        await using var first = await WsClient.OpenAsync(app.BaseAddress, shop.ProviderPerson.Token, shop.Org.Slug);
        await using var second = await WsClient.OpenAsync(app.BaseAddress, secondPerson.Token, shop.Org.Slug);
        await using var owner = await WsClient.OpenAsync(app.BaseAddress, shop.Org.Owner.Token, shop.Org.Slug);
        await first.SubscribeAsync("b", Live.BookingChanged);
        await second.SubscribeAsync("b", Live.BookingChanged);
        await owner.SubscribeAsync("all", Live.BookingChanged);
        await owner.SubscribeAsync("second", Live.BookingChanged, new { p = secondProvider });
        await owner.SubscribeAsync("offering", Live.BookingChanged, new { o = offering });
        // A provider may not follow a colleague's agenda.
        await second.SubscribeAsync("spy", Live.BookingChanged, new { p = shop.ProviderId });
        Assert.Equal("FORBIDDEN", (await second.ExpectAsync("error", "spy"))["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        await Live.SubscribedAsync(app, shop.Org, 5);

        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, providerId = shop.ProviderId, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() }))["id"]!.GetValue<string>();
        Assert.Equal(id, Live.Payload(await first.ExpectAsync("next", "b"), "bookingChanged")["id"]!.GetValue<string>());
        var heardByOwner = new HashSet<string>();
        for (var i = 0; i < 2; i++) heardByOwner.Add((await owner.ReceiveAsync())!["id"]!.GetValue<string>());
        Assert.Equal(["all", "offering"], heardByOwner.Order());
        await second.AssertSilentAsync(Live.Quiet);
        await owner.AssertSilentAsync(TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task Organization_B_hears_nothing_while_A_books_and_As_ids_do_nothing_in_B()
    {
        var a = await _bookings.ShopAsync(payments: false);
        var b = await _bookings.ShopAsync(payments: false);
        var offeringA = await _bookings.OfferingAsync(a);
        var offeringB = await _bookings.OfferingAsync(b);
        var customer = await _bookings.Accounts.SignUpAsync();
        // Positive controls: A's own subscribers must hear every kind of change B must not.
        await using var ownerA = await WsClient.OpenAsync(app.BaseAddress, a.Org.Owner.Token, a.Org.Slug);
        await using var pageA = await WsClient.OpenAsync(app.BaseAddress, null, a.Org.Slug);
        await ownerA.SubscribeAsync("all", Live.BookingChanged);
        await using var dashboardA = await WsClient.OpenAsync(app.BaseAddress, a.Org.Owner.Token, a.Org.Slug);
        await dashboardA.SubscribeAsync("dash", Live.Dashboard);
        await dashboardA.ExpectAsync("next", "dash");
        await pageA.SubscribeAsync("slots", Live.SlotsChanged, Live.Window(offeringA));
        await using var ownerB = await WsClient.OpenAsync(app.BaseAddress, b.Org.Owner.Token, b.Org.Slug);
        await using var providerB = await WsClient.OpenAsync(app.BaseAddress, b.ProviderPerson.Token, b.Org.Slug);
        await using var customerInB = await WsClient.OpenAsync(app.BaseAddress, customer.Token, b.Org.Slug);
        await using var pageB = await WsClient.OpenAsync(app.BaseAddress, null, b.Org.Slug);
        await ownerB.SubscribeAsync("all", Live.BookingChanged);
        await ownerB.SubscribeAsync("dash", Live.Dashboard);
        await ownerB.ExpectAsync("next", "dash");
        await providerB.SubscribeAsync("agenda", Live.BookingChanged);
        await customerInB.SubscribeAsync("mine", Live.BookingChanged);
        await pageB.SubscribeAsync("slots", Live.SlotsChanged, Live.Window(offeringB));
        // A's ids in B's subscriptions: filters that match nothing of B, or a clear error.
        await ownerB.SubscribeAsync("foreign-filter", Live.BookingChanged, new { o = offeringA, p = a.ProviderId });
        await pageB.SubscribeAsync("foreign-slots", Live.SlotsChanged, Live.Window(offeringA));
        Assert.Equal("NOT_FOUND", (await pageB.ExpectAsync("error", "foreign-slots"))["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        await Live.SubscribedAsync(app, a.Org, 3);
        await Live.SubscribedAsync(app, b.Org, 6);

        var last = "";
        for (var i = 0; i < 5; i++)
        {
            last = await Live.HoldFreeAsync(_bookings, a, customer.Token, offeringA, Bookings.Slot(hours: i));
            if (i % 2 == 0) await _bookings.ActAsync(a, customer.Token, "cancelBooking", last);
        }

        Assert.Equal(5, await _bookings.ScalarAsync<long>(a.Org, "SELECT count(*) FROM bookings"));
        // A heard it all (up to the last change, the cancellation of the last booking), so B has had every chance to hear it too.
        System.Text.Json.Nodes.JsonNode change;
        do change = Live.Payload(await ownerA.ExpectAsync("next", "all"), "bookingChanged");
        while (change["id"]!.GetValue<string>() != last || change["status"]!.GetValue<string>() != "CANCELLED");

        Assert.NotNull(Live.Payload(await pageA.ExpectAsync("next", "slots"), "slotsChanged"));
        Assert.NotNull(Live.Payload(await dashboardA.ExpectAsync("next", "dash"), "dashboard"));
        foreach (var client in new[] { ownerB, providerB, customerInB, pageB }) await client.AssertSilentAsync(Live.Quiet);
    }

    [Fact]
    public async Task A_member_removed_from_the_organization_stops_receiving()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var admin = await _bookings.Accounts.SignUpAsync();
        var membership = await _bookings.Accounts.AddMemberAsync(shop.Org, admin, "ADMIN");
        var customer = await _bookings.Accounts.SignUpAsync();
        await using var live = await WsClient.OpenAsync(app.BaseAddress, admin.Token, shop.Org.Slug);
        await live.SubscribeAsync("b", Live.BookingChanged);
        await live.SubscribeAsync("dash", Live.Dashboard);
        await live.ExpectAsync("next", "dash");
        // The positive control for "later bookings reach nobody": the owner, who stays, hears them.
        await using var owner = await WsClient.OpenAsync(app.BaseAddress, shop.Org.Owner.Token, shop.Org.Slug);
        await owner.SubscribeAsync("b", Live.BookingChanged);
        await Live.SubscribedAsync(app, shop.Org, 3);
        await Live.HoldFreeAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        await owner.ExpectAsync("next", "b");
        var seen = new[] { (await live.ReceiveAsync())!, (await live.ReceiveAsync())! };
        Assert.All(seen, m => Assert.Equal("next", m["type"]!.GetValue<string>()));

        var removed = await _bookings.GraphQL.SendAsync("mutation($m: ID!) { removeMember(membershipId: $m) { userErrors { code } } }", new { m = membership }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Empty(removed.Get("removeMember.userErrors").AsArray());
        // Each stream ends with a FORBIDDEN error, then complete; later bookings reach nobody.
        var ends = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var message = (await live.ReceiveAsync())!;
            ends.Add(message["id"]!.GetValue<string>() + ":" + message["type"]!.GetValue<string>());
            if (message["type"]!.GetValue<string>() == "next")
                Assert.Equal("FORBIDDEN", message["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }

        Assert.Equal(["b:complete", "b:next", "dash:complete", "dash:next"], ends.Order());
        await Live.SubscribedAsync(app, shop.Org, 1);
        var later = await Live.HoldFreeAsync(_bookings, shop, customer.Token, offering, Bookings.Slot(hours: 1));
        Assert.Equal(later, Live.Payload(await owner.ExpectAsync("next", "b"), "bookingChanged")["id"]!.GetValue<string>());
        await live.AssertSilentAsync(Live.Quiet);
    }

    [Fact]
    public async Task Booking_pages_hear_seats_left_without_personal_data()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var workshop = await _bookings.OfferingAsync(shop, extra: new { format = "GROUP", capacity = 3, kind = "WORKSHOP" });
        var lesson = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        await using var page = await WsClient.OpenAsync(app.BaseAddress, null, shop.Org.Slug);
        await page.SubscribeAsync("workshop", Live.SlotsChanged, Live.Window(workshop));
        await page.SubscribeAsync("lesson", Live.SlotsChanged, Live.Window(lesson));
        // The positive control for "a change outside the window is not heard": a page on a later window.
        await using var farPage = await WsClient.OpenAsync(app.BaseAddress, null, shop.Org.Slug);
        await farPage.SubscribeAsync("workshop", Live.SlotsChanged, new { o = workshop, f = Bookings.Slot(days: 35), t = Bookings.Slot(days: 45) });
        await Live.SubscribedAsync(app, shop.Org, 3);

        var start = Bookings.Slot(days: 4);
        await Live.HoldFreeAsync(_bookings, shop, customer.Token, workshop, start, seats: 2);
        var heard = new Dictionary<string, System.Text.Json.Nodes.JsonNode>();
        for (var i = 0; i < 2; i++)
        {
            var message = (await page.ReceiveAsync())!;
            heard[message["id"]!.GetValue<string>()] = message;
        }

        var seats = Live.Payload(heard["workshop"], "slotsChanged")["slots"]![0]!;
        Assert.Equal(3, seats["capacity"]!.GetValue<int>());
        Assert.Equal(2, seats["seatsTaken"]!.GetValue<int>());
        Assert.Equal(1, seats["remainingSeats"]!.GetValue<int>());
        Assert.Equal(start, seats["start"]!.GetValue<DateTimeOffset>());
        // The lesson shares the provider: their time is taken for it too.
        var lessonSlot = Live.Payload(heard["lesson"], "slotsChanged")["slots"]![0]!;
        Assert.Equal(0, lessonSlot["remainingSeats"]!.GetValue<int>());
        Assert.DoesNotContain(customer.Email, heard["workshop"].ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(customer.Email, heard["lesson"].ToJsonString(), StringComparison.OrdinalIgnoreCase);

        // A change outside the window is not heard, while the page on that window hears it.
        var far = Bookings.Slot(days: 40);
        await Live.HoldFreeAsync(_bookings, shop, customer.Token, workshop, far);
        Assert.Equal(far, Live.Payload(await farPage.ExpectAsync("next", "workshop"), "slotsChanged")["slots"]![0]!["start"]!.GetValue<DateTimeOffset>());
        await page.AssertSilentAsync(Live.Quiet);
    }

    [Fact]
    public async Task A_move_tells_each_page_only_the_times_in_its_own_window()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var before = Bookings.Slot(days: 4);
        var after = Bookings.Slot(days: 20);
        var id = await Live.HoldFreeAsync(_bookings, shop, customer.Token, offering, before);
        await using var soon = await WsClient.OpenAsync(app.BaseAddress, null, shop.Org.Slug);
        await using var later = await WsClient.OpenAsync(app.BaseAddress, null, shop.Org.Slug);
        await soon.SubscribeAsync("s", Live.SlotsChanged, new { o = offering, f = before.AddDays(-1), t = before.AddDays(1) });
        await later.SubscribeAsync("s", Live.SlotsChanged, new { o = offering, f = after.AddDays(-1), t = after.AddDays(1) });
        await Live.SubscribedAsync(app, shop.Org, 2);

        var moved = await _bookings.GraphQL.SendAsync("mutation($id: ID!, $start: DateTimeOffset!) { rescheduleBooking(id: $id, start: $start) { userErrors { code message } } }",
            new { id, start = after }, customer.Token, shop.Org.Slug);
        Assert.Empty(moved.Get("rescheduleBooking.userErrors").AsArray());
        // One event, two windows: the page on the old time hears it freed, the page on the new time hears it taken.
        var freed = Live.Payload(await soon.ExpectAsync("next", "s"), "slotsChanged")["slots"]!.AsArray();
        var taken = Live.Payload(await later.ExpectAsync("next", "s"), "slotsChanged")["slots"]!.AsArray();
        Assert.Equal(before, Assert.Single(freed)!["start"]!.GetValue<DateTimeOffset>());
        Assert.Equal(1, freed[0]!["remainingSeats"]!.GetValue<int>());
        Assert.Equal(after, Assert.Single(taken)!["start"]!.GetValue<DateTimeOffset>());
        Assert.Equal(0, taken[0]!["remainingSeats"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_dashboard_starts_with_todays_figures_and_follows_every_change()
    {
        // Not UTC in winter: "today" is the organization's, its bounds are instants.
        var org = await _bookings.Accounts.CreateOrganizationAsync(timeZone: "America/New_York");
        var (providerId, providerPerson) = await _bookings.ProviderAsync(org);
        var shop = new Bookings.Shop(org, providerId, providerPerson);
        var offering = await _bookings.OfferingAsync(shop, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        await using var owner = await WsClient.OpenAsync(app.BaseAddress, shop.Org.Owner.Token, shop.Org.Slug);
        await owner.SubscribeAsync("d", Live.Dashboard);
        var initial = Live.Payload(await owner.ExpectAsync("next", "d"), "dashboard");
        Assert.Equal(0, initial["pendingConfirmations"]!.GetValue<int>());
        Assert.Equal("America/New_York", initial["timeZone"]!.GetValue<string>());
        Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), initial["date"]!.GetValue<string>());

        var id = await Live.HoldFreeAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        Assert.Equal(1, Live.Payload(await owner.ExpectAsync("next", "d"), "dashboard")["pendingConfirmations"]!.GetValue<int>());
        await _bookings.ActAsync(shop, shop.Org.Owner.Token, "confirmBooking", id);
        Assert.Equal(0, Live.Payload(await owner.ExpectAsync("next", "d"), "dashboard")["pendingConfirmations"]!.GetValue<int>());

        // Only administrators see the figures.
        await using var customerLive = await WsClient.OpenAsync(app.BaseAddress, customer.Token, shop.Org.Slug);
        await customerLive.SubscribeAsync("d", Live.Dashboard);
        await customerLive.ExpectAsync("error", "d");
    }

    [Fact]
    public async Task Only_committed_changes_are_heard_a_rolled_back_transaction_publishes_nothing()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        await using var owner = await WsClient.OpenAsync(app.BaseAddress, shop.Org.Owner.Token, shop.Org.Slug);
        await owner.SubscribeAsync("b", Live.BookingChanged);
        await Live.SubscribedAsync(app, shop.Org, 1);

        // Twenty customers race for one slot: nineteen transactions roll back, one booking is heard.
        var start = Bookings.Slot(days: 5);
        var racers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _bookings.Accounts.SignUpAsync()));
        var results = await Task.WhenAll(racers.Select(r => _bookings.HoldAsync(shop, r.Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() })));
        Assert.Equal(1, results.Count(r => Bookings.ErrorCode(r, "holdBooking") is null));
        var winner = (await owner.ExpectAsync("next", "b"))["payload"]!["data"]!["bookingChanged"]!["id"]!.GetValue<string>();
        await owner.AssertSilentAsync(Live.Quiet);

        // A change made and rolled back by hand is not heard either; the same change committed is.
        await using var connection = new NpgsqlConnection(app.Database.AppConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand($"SELECT set_config('app.tenant_id', '{Catalog.Id(shop.Org.Id, "Organization")}', false)", connection)) await set.ExecuteScalarAsync();
        async Task TouchAsync(bool commit)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var update = new NpgsqlCommand("UPDATE bookings SET updated_at = now() WHERE id = $1", connection, transaction) { Parameters = { new() { Value = Bookings.IdOf(winner) } } })
                Assert.Equal(1, await update.ExecuteNonQueryAsync());
            if (commit) await transaction.CommitAsync();
            else await transaction.RollbackAsync();
        }

        // The commit after the rollback is the positive control: once it is heard, nothing else may follow.
        await TouchAsync(commit: false);
        await TouchAsync(commit: true);
        Assert.Equal(winner, (await owner.ExpectAsync("next", "b"))["payload"]!["data"]!["bookingChanged"]!["id"]!.GetValue<string>());
        await owner.AssertSilentAsync(Live.Quiet);
    }
}
