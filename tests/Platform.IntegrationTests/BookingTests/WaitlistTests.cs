using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Features.Bookings.Expiry;
using Platform.IntegrationTests.Infrastructure;
using Platform.Tenancy;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>FIFO waitlists of full group sessions: promotion into a hold, lapse to the next, and taking the offer.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WaitlistTests(PlatformApp app)
{
    private const string EntryFields = "id status position seats start offer { id status paymentStatus holdExpiresAt }";
    private readonly Bookings _bookings = new(app);

    private static string Key() => Guid.NewGuid().ToString();

    [Fact]
    public async Task Freed_seats_go_to_the_first_in_line_as_a_hold_and_when_it_lapses_to_the_next()
    {
        var (shop, offering, start) = await FullSessionAsync(price: 1000);
        var holders = await HoldersAsync(shop, offering, start);
        await _bookings.ScalarAsync<int>(shop.Org, "UPDATE bookings SET status = 'Confirmed', payment_status = 'Captured' WHERE id = $1", Bookings.IdOf(holders[1].BookingId));
        var (carol, dave, erin) = (await _bookings.Accounts.SignUpAsync(), await _bookings.Accounts.SignUpAsync(), await _bookings.Accounts.SignUpAsync());

        Assert.Equal("OCCURRENCE_FULL", Bookings.ErrorCode(await _bookings.HoldAsync(shop, carol.Token, new { offeringId = offering, start, idempotencyKey = Key() }), "holdBooking"));
        var carolEntry = await JoinAsync(shop, carol, offering, start);
        var daveEntry = await JoinAsync(shop, dave, offering, start);
        var erinEntry = await JoinAsync(shop, erin, offering, start);
        Assert.Equal([1, 2, 3], new[] { carolEntry, daveEntry, erinEntry }.Select(e => e["position"]!.GetValue<int>()));
        Assert.Equal("ALREADY_WAITING", Bookings.ErrorCode(await JoinResponseAsync(shop, carol, offering, start), "joinWaitlist"));

        // Alice lets her hold go: Carol, first in line, is offered the seat as a hold of her own.
        await _bookings.ActAsync(shop, holders[0].Person.Token, "cancelBooking", holders[0].BookingId);
        var offered = await EntryAsync(shop, carol, carolEntry["id"]!.GetValue<string>());
        Assert.Equal("OFFERED", offered["status"]!.GetValue<string>());
        Assert.Equal(("HELD", "REQUIRES_PAYMENT"), (offered["offer"]!["status"]!.GetValue<string>(), offered["offer"]!["paymentStatus"]!.GetValue<string>()));
        Assert.Equal("WAITING", (await EntryAsync(shop, dave, daveEntry["id"]!.GetValue<string>()))["status"]!.GetValue<string>());
        Assert.Equal(1, (await EntryAsync(shop, dave, daveEntry["id"]!.GetValue<string>()))["position"]!.GetValue<int>());
        // Newcomers queue behind the waitlist rather than jump it.
        Assert.Equal("OCCURRENCE_FULL", Bookings.ErrorCode(await _bookings.HoldAsync(shop, (await _bookings.Accounts.SignUpAsync()).Token, new { offeringId = offering, start, idempotencyKey = Key() }), "holdBooking"));
        // A paid offer becomes a booking when it is paid for.
        Assert.Equal("PAYMENT_REQUIRED", Bookings.ErrorCode(await AcceptAsync(shop, carol, carolEntry), "acceptWaitlistOffer"));

        using (app.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            await RunJobAsync();
            Assert.Equal("LAPSED", (await EntryAsync(shop, carol, carolEntry["id"]!.GetValue<string>()))["status"]!.GetValue<string>());
            var next = await EntryAsync(shop, dave, daveEntry["id"]!.GetValue<string>());
            Assert.Equal("OFFERED", next["status"]!.GetValue<string>());
            Assert.Equal("WAITING", (await EntryAsync(shop, erin, erinEntry["id"]!.GetValue<string>()))["status"]!.GetValue<string>());
        }
        Assert.Equal(1L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings WHERE starts_at = $1 AND status = 'Held'", start.UtcDateTime));
    }

    [Fact]
    public async Task A_free_offer_is_taken_at_once_and_one_let_go_passes_to_the_next_in_line()
    {
        var (shop, offering, start) = await FullSessionAsync(price: 0);
        var holders = await HoldersAsync(shop, offering, start);
        var (carol, dave) = (await _bookings.Accounts.SignUpAsync(), await _bookings.Accounts.SignUpAsync());
        var carolEntry = await JoinAsync(shop, carol, offering, start);
        var daveEntry = await JoinAsync(shop, dave, offering, start);

        await _bookings.ActAsync(shop, holders[0].Person.Token, "cancelBooking", holders[0].BookingId);
        await _bookings.ActAsync(shop, holders[1].Person.Token, "cancelBooking", holders[1].BookingId);
        Assert.Equal("OFFERED", (await EntryAsync(shop, carol, carolEntry["id"]!.GetValue<string>()))["status"]!.GetValue<string>());
        Assert.Equal("OFFERED", (await EntryAsync(shop, dave, daveEntry["id"]!.GetValue<string>()))["status"]!.GetValue<string>());

        var accepted = await AcceptAsync(shop, carol, carolEntry);
        Assert.Empty(accepted.Get("acceptWaitlistOffer.userErrors").AsArray());
        Assert.Equal("CONFIRMED", accepted.Get("acceptWaitlistOffer.booking.status").GetValue<string>());
        Assert.Equal("BOOKED", accepted.Get("acceptWaitlistOffer.entry.status").GetValue<string>());

        // Dave lets his offer go; his seat is free for anyone again.
        var left = await _bookings.GraphQL.SendAsync($"mutation($id: ID!) {{ leaveWaitlist(id: $id) {{ entry {{ {EntryFields} }} userErrors {{ code }} }} }}", new { id = daveEntry["id"]!.GetValue<string>() }, dave.Token, shop.Org.Slug);
        Assert.Equal("LEFT", left.Get("leaveWaitlist.entry.status").GetValue<string>());
        Assert.Equal("CANCELLED", left.Get("leaveWaitlist.entry.offer.status").GetValue<string>());
        await _bookings.HeldAsync(shop, (await _bookings.Accounts.SignUpAsync()).Token, new { offeringId = offering, start, idempotencyKey = Key() });
    }

    [Fact]
    public async Task Joining_is_only_for_full_group_sessions()
    {
        var shop = await _bookings.ShopAsync();
        var group = await _bookings.OfferingAsync(shop, extra: new { format = "GROUP", capacity = 3, kind = "WORKSHOP" });
        var single = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        Assert.Equal("SEATS_AVAILABLE", Bookings.ErrorCode(await JoinResponseAsync(shop, customer, group, Bookings.Slot()), "joinWaitlist"));
        Assert.Equal("NOT_A_GROUP", Bookings.ErrorCode(await JoinResponseAsync(shop, customer, single, Bookings.Slot()), "joinWaitlist"));
        var offGrid = await JoinResponseAsync(shop, customer, group, Bookings.Slot().AddMinutes(7));
        Assert.Equal("NOT_A_SLOT", Bookings.ErrorCode(offGrid, "joinWaitlist"));
    }

    private async Task<(Bookings.Shop Shop, string Offering, DateTimeOffset Start)> FullSessionAsync(long price)
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price, new { format = "GROUP", capacity = 2, kind = "WORKSHOP" });
        return (shop, offering, Bookings.Slot());
    }

    /// <summary>Two customers take one seat each: the session is full.</summary>
    private async Task<List<(Accounts.Person Person, string BookingId)>> HoldersAsync(Bookings.Shop shop, string offering, DateTimeOffset start)
    {
        var holders = new List<(Accounts.Person, string)>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var person = await _bookings.Accounts.SignUpAsync();
            holders.Add((person, (await _bookings.HeldAsync(shop, person.Token, new { offeringId = offering, start, idempotencyKey = Key() }))["id"]!.GetValue<string>()));
        }
        return holders;
    }

    private Task<GraphQLClient.Response> JoinResponseAsync(Bookings.Shop shop, Accounts.Person person, string offering, DateTimeOffset start) =>
        _bookings.GraphQL.SendAsync($"mutation($input: JoinWaitlistInput!) {{ joinWaitlist(input: $input) {{ entry {{ {EntryFields} }} userErrors {{ code message }} }} }}",
            new { input = new { offeringId = offering, providerId = shop.ProviderId, start } }, person.Token, shop.Org.Slug);

    private async Task<System.Text.Json.Nodes.JsonNode> JoinAsync(Bookings.Shop shop, Accounts.Person person, string offering, DateTimeOffset start)
    {
        var result = await JoinResponseAsync(shop, person, offering, start);
        Assert.True(result.Get("joinWaitlist.userErrors").AsArray().Count == 0, result.Body?.ToJsonString());
        return result.Get("joinWaitlist.entry");
    }

    private async Task<System.Text.Json.Nodes.JsonNode> EntryAsync(Bookings.Shop shop, Accounts.Person person, string id) =>
        (await _bookings.GraphQL.SendAsync($"query($id: ID!) {{ node(id: $id) {{ ... on WaitlistEntry {{ {EntryFields} }} }} }}", new { id }, person.Token, shop.Org.Slug)).Get("node");

    private Task<GraphQLClient.Response> AcceptAsync(Bookings.Shop shop, Accounts.Person person, System.Text.Json.Nodes.JsonNode entry) =>
        _bookings.GraphQL.SendAsync($"mutation($id: ID!) {{ acceptWaitlistOffer(id: $id) {{ entry {{ {EntryFields} }} booking {{ id status }} userErrors {{ code message }} }} }}",
            new { id = entry["id"]!.GetValue<string>() }, person.Token, shop.Org.Slug);

    private async Task RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change((Guid?)null))
        {
            await scope.ServiceProvider.GetRequiredService<ExpireBookingsJob>().RunAsync(CancellationToken.None);
        }
    }
}
