using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>Group sessions: seats with participants, priced for the group, moved between occurrences under their locks.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GroupBookingTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private static string Key() => Guid.NewGuid().ToString();

    [Fact]
    public async Task Several_seats_carry_their_participants_and_the_group_price()
    {
        var shop = await _bookings.ShopAsync();
        var workshop = await _bookings.OfferingAsync(shop, extra: new { format = "GROUP", capacity = 8, kind = "WORKSHOP" });
        await _bookings.GraphQL.SendAsync("mutation($id: ID!) { setPriceRules(offeringId: $id, rules: [{ role: \"public\", unitAmount: 3500, currency: \"USD\", flatAmount: 9000, flatFromSeats: 3 }]) { userErrors { code } } }", new { id = workshop }, shop.Org.Owner.Token, shop.Org.Slug);
        var customer = await _bookings.Accounts.SignUpAsync();

        var booking = await _bookings.HeldAsync(shop, customer.Token, new
        {
            offeringId = workshop,
            start = Bookings.Slot(),
            seats = 3,
            participants = new object[] { new { name = "Ada", email = "ADA@example.test" }, new { name = "Ben" }, new { name = "Cy", email = (string?)null } },
            idempotencyKey = Key(),
        });

        Assert.Equal(3, booking["seats"]!.GetValue<int>());
        Assert.Equal(["Ada", "Ben", "Cy"], booking["participants"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal("ada@example.test", booking["participants"]![0]!["email"]!.GetValue<string>());
        Assert.Equal((9000L, "FLAT_RATE"), (booking["price"]!["amount"]!.GetValue<long>(), booking["price"]!["basis"]!.GetValue<string>()));
        var slots = await _bookings.Catalog.SlotsAsync(shop.Org, new { offeringId = workshop, from = DateOnly.FromDateTime(Bookings.Slot().UtcDateTime), to = DateOnly.FromDateTime(Bookings.Slot().UtcDateTime), timeZone = "UTC" });
        Assert.Equal(5, slots.Get("availableSlots.slots").AsArray().Single(s => DateTimeOffset.Parse(s!["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) == Bookings.Slot())!["remainingSeats"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(9, "INVALID_SEATS")]
    [InlineData(0, "INVALID_SEATS")]
    public async Task Seats_outside_the_capacity_are_refused(int seats, string code)
    {
        var shop = await _bookings.ShopAsync();
        var workshop = await _bookings.OfferingAsync(shop, extra: new { format = "GROUP", capacity = 8, kind = "WORKSHOP" });
        var customer = await _bookings.Accounts.SignUpAsync();
        Assert.Equal(code, Bookings.ErrorCode(await _bookings.HoldAsync(shop, customer.Token, new { offeringId = workshop, start = Bookings.Slot(), seats, idempotencyKey = Key() }), "holdBooking"));
    }

    [Fact]
    public async Task Participants_must_fit_the_seats_and_have_names_and_real_emails()
    {
        var shop = await _bookings.ShopAsync();
        var workshop = await _bookings.OfferingAsync(shop, extra: new { format = "GROUP", capacity = 8, kind = "WORKSHOP" });
        var customer = await _bookings.Accounts.SignUpAsync();
        async Task<string?> Hold(object participants, int seats) =>
            Bookings.ErrorCode(await _bookings.HoldAsync(shop, customer.Token, new { offeringId = workshop, start = Bookings.Slot(), seats, participants, idempotencyKey = Key() }), "holdBooking");
        Assert.Equal("TOO_MANY_PARTICIPANTS", await Hold(new[] { new { name = "A" }, new { name = "B" } }, 1));
        Assert.Equal("INVALID_PARTICIPANT", await Hold(new[] { new { name = " " } }, 1));
        Assert.Equal("INVALID_PARTICIPANT", await Hold(new[] { new { name = "A", email = "nope" } }, 1));
        Assert.Equal("INVALID_PARTICIPANT", await Hold(new[] { new { name = new string('x', 201) } }, 1));
        Assert.Equal(0L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings"));
    }

    [Fact]
    public async Task Moving_seats_to_another_session_takes_seats_there_frees_them_here_and_refuses_a_full_one()
    {
        var shop = await _bookings.ShopAsync();
        var workshop = await _bookings.OfferingAsync(shop, extra: new { format = "GROUP", capacity = 3, kind = "WORKSHOP" });
        var customer = await _bookings.Accounts.SignUpAsync();
        var mover = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = workshop, start = Bookings.Slot(0), seats = 2, idempotencyKey = Key() }))["id"]!.GetValue<string>();
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = workshop, start = Bookings.Slot(2), seats = 2, idempotencyKey = Key() });

        Assert.Equal("OCCURRENCE_FULL", Bookings.ErrorCode(await MoveAsync(shop, customer, mover, Bookings.Slot(2)), "rescheduleBooking"));
        Assert.Null(Bookings.ErrorCode(await MoveAsync(shop, customer, mover, Bookings.Slot(4)), "rescheduleBooking"));

        // The old session has its three seats back; the new one has one left.
        Assert.Equal(3, await SeatsLeftAsync(shop, workshop, Bookings.Slot(0)));
        Assert.Equal(1, await SeatsLeftAsync(shop, workshop, Bookings.Slot(4)));
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = workshop, start = Bookings.Slot(0), seats = 3, idempotencyKey = Key() });
    }

    [Fact]
    public async Task A_group_session_blocks_its_provider_for_other_offerings_while_its_seats_are_shared()
    {
        var shop = await _bookings.ShopAsync();
        var workshop = await _bookings.OfferingAsync(shop, extra: new { format = "GROUP", capacity = 5, kind = "WORKSHOP" });
        var lesson = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = workshop, start = Bookings.Slot(0), idempotencyKey = Key() });
        await _bookings.HeldAsync(shop, (await _bookings.Accounts.SignUpAsync()).Token, new { offeringId = workshop, start = Bookings.Slot(0), idempotencyKey = Key() });
        Assert.Equal("SLOT_UNAVAILABLE", Bookings.ErrorCode(await _bookings.HoldAsync(shop, customer.Token, new { offeringId = lesson, start = Bookings.Slot(0), idempotencyKey = Key() }), "holdBooking"));
    }

    private Task<GraphQLClient.Response> MoveAsync(Bookings.Shop shop, Accounts.Person customer, string id, DateTimeOffset start) =>
        _bookings.GraphQL.SendAsync("mutation($id: ID!, $s: DateTimeOffset!) { rescheduleBooking(id: $id, start: $s) { booking { id } userErrors { code message } } }", new { id, s = start }, customer.Token, shop.Org.Slug);

    private async Task<int> SeatsLeftAsync(Bookings.Shop shop, string offering, DateTimeOffset start)
    {
        var day = DateOnly.FromDateTime(start.UtcDateTime);
        var slots = await _bookings.Catalog.SlotsAsync(shop.Org, new { offeringId = offering, from = day, to = day, timeZone = "UTC", includeFull = true });
        return slots.Get("availableSlots.slots").AsArray().Single(s => DateTimeOffset.Parse(s!["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) == start)!["remainingSeats"]!.GetValue<int>();
    }
}
