using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>My bookings, a provider's agenda, the administrators' list and stats.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BookingQueryTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private static string Key() => Guid.NewGuid().ToString();

    [Fact]
    public async Task My_bookings_split_into_upcoming_soonest_first_and_past_latest_first()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var ids = new List<string>();
        foreach (var hour in new[] { 4, 0, 2 })
            ids.Add((await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(hour), idempotencyKey = Key() }))["id"]!.GetValue<string>());
        await _bookings.ActAsync(shop, customer.Token, "cancelBooking", ids[0]);
        await _bookings.HeldAsync(shop, (await _bookings.Accounts.SignUpAsync()).Token, new { offeringId = offering, start = Bookings.Slot(6), idempotencyKey = Key() });

        var upcoming = await MineAsync(shop, customer, "UPCOMING");
        var past = await MineAsync(shop, customer, "PAST");
        Assert.Equal([ids[1], ids[2]], upcoming);
        Assert.Equal([ids[0]], past);
    }

    [Fact]
    public async Task My_bookings_page_with_cursors_without_gaps_or_repeats()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        for (var hour = 0; hour < 7; hour++)
            await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(hour), idempotencyKey = Key() });

        var seen = new List<string>();
        string? after = null;
        var hasNext = true;
        while (hasNext)
        {
            var page = await _bookings.GraphQL.SendAsync("query($after: String) { myBookings(when: UPCOMING, first: 3, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }", new { after }, customer.Token, shop.Org.Slug);
            seen.AddRange(page.Get("myBookings.edges").AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            hasNext = page.Get("myBookings.pageInfo.hasNextPage").GetValue<bool>();
            after = page.Get("myBookings.pageInfo").AsObject()["endCursor"]?.GetValue<string>();
        }
        Assert.Equal(7, seen.Count);
        Assert.Equal(7, seen.Distinct().Count());

        var bad = await _bookings.GraphQL.SendAsync("{ myBookings(when: UPCOMING, after: \"garbage\") { edges { cursor } } }", null, customer.Token, shop.Org.Slug);
        Assert.Equal("INVALID_CURSOR", bad.FirstErrorCode);
    }

    [Fact]
    public async Task A_provider_sees_their_own_agenda_and_administrators_see_anyones()
    {
        var shop = await _bookings.ShopAsync();
        var (second, secondPerson) = await _bookings.ProviderAsync(shop.Org);
        var offering = await _bookings.OfferingAsync(shop, providerIds: [shop.ProviderId, second]);
        var customer = await _bookings.Accounts.SignUpAsync();
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, providerId = shop.ProviderId, start = Bookings.Slot(0), idempotencyKey = Key() });
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, providerId = second, start = Bookings.Slot(1), idempotencyKey = Key() });
        var range = new { from = Bookings.Slot(-5), to = Bookings.Slot(10) };

        var own = await AgendaAsync(shop, shop.ProviderPerson.Token, range.from, range.to, null);
        Assert.Equal([shop.ProviderId], own.Select(b => b.Provider).Distinct());
        Assert.Empty(await AgendaAsync(shop, shop.ProviderPerson.Token, range.from, range.to, second));
        Assert.Equal([second], (await AgendaAsync(shop, secondPerson.Token, range.from, range.to, null)).Select(b => b.Provider));
        Assert.Single(await AgendaAsync(shop, shop.Org.Owner.Token, range.from, range.to, second));
    }

    [Fact]
    public async Task The_administrators_list_filters_by_status_provider_offering_and_time_and_treats_expired_holds_as_expired()
    {
        var shop = await _bookings.ShopAsync();
        var free = await _bookings.OfferingAsync(shop);
        var paid = await _bookings.OfferingAsync(shop, price: 1000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var confirmed = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = free, start = Bookings.Slot(0), idempotencyKey = Key() }))["id"]!.GetValue<string>();
        var held = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = paid, start = Bookings.Slot(2), idempotencyKey = Key() }))["id"]!.GetValue<string>();

        Assert.Equal([confirmed, held], await ListAsync(shop, new { }));
        Assert.Equal([held], await ListAsync(shop, new { statuses = new[] { "HELD" } }));
        Assert.Equal([confirmed], await ListAsync(shop, new { offeringId = free }));
        Assert.Equal([held], await ListAsync(shop, new { from = Bookings.Slot(1) }));
        Assert.Equal([confirmed, held], await ListAsync(shop, new { providerId = shop.ProviderId }));
        using (app.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            Assert.Empty(await ListAsync(shop, new { statuses = new[] { "HELD" } }));
            Assert.Equal([held], await ListAsync(shop, new { statuses = new[] { "EXPIRED" } }));
        }

        var denied = await _bookings.GraphQL.SendAsync("{ bookings { edges { node { id } } } }", null, customer.Token, shop.Org.Slug);
        Assert.NotNull(denied.Errors);
    }

    [Fact]
    public async Task Booking_stats_count_by_status_sum_revenue_by_currency_and_measure_utilization()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 5000, extra: new { cancellationPolicy = new { tiers = new[] { new { minimumNoticeMinutes = 60, refundPercent = 40 } }, rescheduleCutoffMinutes = 0 } });
        var customer = await _bookings.Accounts.SignUpAsync();
        var day = Bookings.Slot(0).Date;
        var ids = new List<string>();
        foreach (var hour in new[] { 0, 1, 2 })
            ids.Add((await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(hour), idempotencyKey = Key() }))["id"]!.GetValue<string>());
        foreach (var id in ids) await _bookings.ScalarAsync<int>(shop.Org, "UPDATE bookings SET status = 'Confirmed', payment_status = 'Captured' WHERE id = $1", Bookings.IdOf(id));
        await _bookings.ActAsync(shop, customer.Token, "cancelBooking", ids[2]);

        var from = new DateTimeOffset(day, TimeSpan.Zero);
        var stats = await _bookings.GraphQL.SendAsync(
            "query($from: DateTimeOffset!, $to: DateTimeOffset!) { bookingStats(from: $from, to: $to) { byStatus { status count } revenue { currency bookings gross refunded net } utilization { provider { id } availableMinutes bookedMinutes ratio } } }",
            new { from, to = from.AddDays(1) }, shop.Org.Owner.Token, shop.Org.Slug);

        var counts = stats.Get("bookingStats.byStatus").AsArray().ToDictionary(s => s!["status"]!.GetValue<string>(), s => s!["count"]!.GetValue<int>());
        Assert.Equal((2, 1, 0), (counts["CONFIRMED"], counts["CANCELLED"], counts["HELD"]));
        var usd = Assert.Single(stats.Get("bookingStats.revenue").AsArray())!;
        Assert.Equal((3, 15000L, 2000L, 13000L), (usd["bookings"]!.GetValue<int>(), usd["gross"]!.GetValue<long>(), usd["refunded"]!.GetValue<long>(), usd["net"]!.GetValue<long>()));
        var utilization = Assert.Single(stats.Get("bookingStats.utilization").AsArray())!;
        Assert.Equal((24 * 60L, 120L), (utilization["availableMinutes"]!.GetValue<long>(), utilization["bookedMinutes"]!.GetValue<long>()));

        Assert.NotNull((await _bookings.GraphQL.SendAsync("query($from: DateTimeOffset!, $to: DateTimeOffset!) { bookingStats(from: $from, to: $to) { byStatus { count } } }", new { from, to = from.AddDays(1) }, shop.ProviderPerson.Token, shop.Org.Slug)).Errors);
    }

    private async Task<List<string>> MineAsync(Bookings.Shop shop, Accounts.Person customer, string when) =>
        [.. (await _bookings.GraphQL.SendAsync($"{{ myBookings(when: {when}) {{ edges {{ node {{ id }} }} }} }}", null, customer.Token, shop.Org.Slug))
            .Get("myBookings.edges").AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>())];

    private async Task<List<(string Id, string Provider)>> AgendaAsync(Bookings.Shop shop, string token, DateTimeOffset from, DateTimeOffset to, string? providerId) =>
        [.. (await _bookings.GraphQL.SendAsync("query($from: DateTimeOffset!, $to: DateTimeOffset!, $p: ID) { agenda(from: $from, to: $to, providerId: $p) { id provider { id } } }", new { from, to, p = providerId }, token, shop.Org.Slug))
            .Get("agenda").AsArray().Select(b => (b!["id"]!.GetValue<string>(), b["provider"]!["id"]!.GetValue<string>()))];

    private async Task<List<string>> ListAsync(Bookings.Shop shop, object filter) =>
        [.. (await _bookings.GraphQL.SendAsync("query($filter: BookingFilter) { bookings(filter: $filter) { edges { node { id } } } }", new { filter }, shop.Org.Owner.Token, shop.Org.Slug))
            .Get("bookings.edges").AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>())];
}
