using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>
/// A refused start names its real reason: NOT_A_SLOT for a time the offering never offers, SLOT_UNAVAILABLE
/// for one another booking holds; and an offering nobody priced is not given away.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SlotRefusalTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private static string Key() => Guid.NewGuid().ToString();

    [Fact]
    public async Task Starts_off_the_grid_outside_hours_blacked_out_too_soon_or_too_far_ahead_are_NOT_A_SLOT_saying_which()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var provider = await _bookings.Catalog.CreateProviderAsync(shop.Org, "UTC", "09:00", "17:00");
        var offering = await _bookings.OfferingAsync(shop, 0, new { minimumNoticeMinutes = 120, bookingWindowDays = 10 }, provider);
        var day = Bookings.Slot(hours: -10);
        var blackout = await _bookings.GraphQL.SendAsync(
            "mutation($input: AddBlackoutInput!) { addBlackout(input: $input) { userErrors { code } } }",
            new { input = new { startsAt = day.AddHours(12), endsAt = day.AddHours(13) } }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Empty(blackout.Get("addBlackout.userErrors").AsArray());
        var customer = await _bookings.Accounts.SignUpAsync();
        async Task<JsonNode?> RefusalAt(DateTimeOffset start)
        {
            var answer = await _bookings.HoldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Key() });
            return answer.Get("holdBooking.userErrors").AsArray().Single();
        }

        var cases = new (DateTimeOffset Start, string Says)[]
        {
            (day.AddHours(10).AddMinutes(7), "every 1 hour"),
            (day.AddHours(20), "working hours"),
            (day.AddHours(16).AddMinutes(30), "working hours"),
            (day.AddHours(12), "blacked out"),
            (DateTimeOffset.UtcNow.AddMinutes(30), "at least 2 hours ahead"),
            (day.AddDays(9).AddHours(10), "at most 10 days ahead"),
        };
        foreach (var (start, says) in cases)
        {
            var refusal = await RefusalAt(start);
            Assert.Equal(("NOT_A_SLOT", "start"), (refusal!["code"]!.GetValue<string>(), refusal["field"]!.GetValue<string>()));
            Assert.Contains(says, refusal["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal(0L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings"));
        // The same hour an hour later is a slot, and bookable.
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = day.AddHours(13), idempotencyKey = Key() });
    }

    [Fact]
    public async Task A_slot_another_booking_holds_is_SLOT_UNAVAILABLE_and_moving_into_a_blackout_is_NOT_A_SLOT()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var first = await _bookings.Accounts.SignUpAsync();
        var secondCustomer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot();
        var booking = await _bookings.HeldAsync(shop, first.Token, new { offeringId = offering, start, idempotencyKey = Key() });

        var second = await _bookings.HoldAsync(shop, secondCustomer.Token, new { offeringId = offering, start, idempotencyKey = Key() });
        var taken = second.Get("holdBooking.userErrors")[0]!;
        Assert.Equal("SLOT_UNAVAILABLE", taken["code"]!.GetValue<string>());
        Assert.Contains("taken", taken["message"]!.GetValue<string>(), StringComparison.Ordinal);

        await _bookings.GraphQL.SendAsync("mutation($input: AddBlackoutInput!) { addBlackout(input: $input) { userErrors { code } } }",
            new { input = new { startsAt = start.AddHours(3), endsAt = start.AddHours(4) } }, shop.Org.Owner.Token, shop.Org.Slug);
        var move = await _bookings.GraphQL.SendAsync(
            "mutation($id: ID!, $s: DateTimeOffset!) { rescheduleBooking(id: $id, start: $s) { userErrors { code message } } }",
            new { id = booking["id"]!.GetValue<string>(), s = start.AddHours(3) }, first.Token, shop.Org.Slug);
        Assert.Equal("NOT_A_SLOT", Bookings.ErrorCode(move, "rescheduleBooking"));
    }

    [Fact]
    public async Task An_offering_without_any_price_rule_is_neither_quoted_nor_booked_until_a_price_of_zero_makes_it_free()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.Catalog.CreateOfferingAsync(shop.Org,
            new { name = "Unpriced", durationsMinutes = new[] { 60 }, slotIntervalMinutes = 60, providerIds = new[] { shop.ProviderId } });
        var customer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot();

        var quote = await _bookings.GraphQL.SendAsync(
            "query($o: ID!, $s: DateTimeOffset!) { quote(offeringId: $o, start: $s) { quote { amount } userErrors { code message } } }",
            new { o = offering, s = start }, customer.Token, shop.Org.Slug);
        Assert.Equal("NO_PRICE", quote.Get("quote.userErrors")[0]!["code"]!.GetValue<string>());
        var hold = await _bookings.HoldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Key() });
        Assert.Equal("NO_PRICE", Bookings.ErrorCode(hold, "holdBooking"));
        Assert.Equal(0L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings"));

        await _bookings.PriceAsync(shop.Org, offering, ("public", 0));
        var free = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Key() });
        Assert.Equal(("CONFIRMED", 0L), (free["status"]!.GetValue<string>(), free["price"]!["amount"]!.GetValue<long>()));
    }
}
