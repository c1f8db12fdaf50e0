using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>
/// Races at one slot, decided by PostgreSQL: the exclusion constraint for one-to-one bookings and
/// the occurrence's row lock for group seats. Every loser gets a user error, never a 500.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BookingConcurrencyTests(PlatformApp app)
{
    private const int Racers = 200;
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task Two_hundred_parallel_holds_of_one_slot_make_exactly_one_booking_and_199_slot_unavailable()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 2500);
        var customers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _bookings.Accounts.SignUpAsync()));
        var start = Bookings.Slot();

        var results = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i =>
            _bookings.HoldAsync(shop, customers[i % customers.Length].Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() })));

        AssertNoServerErrors(results);
        Assert.Equal(1, results.Count(r => Bookings.ErrorCode(r, "holdBooking") is null));
        Assert.Equal(Racers - 1, results.Count(r => Bookings.ErrorCode(r, "holdBooking") == "SLOT_UNAVAILABLE"));
        Assert.Equal(1L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings WHERE starts_at = $1", start.UtcDateTime));
    }

    [Fact]
    public async Task Parallel_holds_whose_sessions_differ_but_whose_buffers_overlap_make_exactly_one_booking()
    {
        var shop = await _bookings.ShopAsync();
        // 30-minute sessions with 30 minutes kept free after: 10:00 and 10:45 do not overlap as
        // sessions (10:00–10:30, 10:45–11:15), only through the first one's buffer (until 11:00).
        var offering = await _bookings.OfferingAsync(shop, extra: new { durationsMinutes = new[] { 30 }, slotIntervalMinutes = 15, bufferAfterMinutes = 30 });
        var customer = await _bookings.Accounts.SignUpAsync();
        var starts = new[] { Bookings.Slot(), Bookings.Slot().AddMinutes(45) };

        var results = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i =>
            _bookings.HoldAsync(shop, customer.Token, new { offeringId = offering, start = starts[i % 2], idempotencyKey = Guid.NewGuid().ToString() })));

        AssertNoServerErrors(results);
        Assert.Equal(1, results.Count(r => Bookings.ErrorCode(r, "holdBooking") is null));
        Assert.Equal(Racers - 1, results.Count(r => Bookings.ErrorCode(r, "holdBooking") == "SLOT_UNAVAILABLE"));
    }

    [Fact]
    public async Task Two_hundred_parallel_single_seat_holds_of_a_ten_seat_session_hold_exactly_ten_seats()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 1000, extra: new { format = "GROUP", capacity = 10, kind = "WORKSHOP" });
        var customers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _bookings.Accounts.SignUpAsync()));
        var start = Bookings.Slot();

        var results = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i =>
            _bookings.HoldAsync(shop, customers[i % customers.Length].Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() })));

        AssertNoServerErrors(results);
        Assert.Equal(10, results.Count(r => Bookings.ErrorCode(r, "holdBooking") is null));
        Assert.All(results.Where(r => Bookings.ErrorCode(r, "holdBooking") is not null), r => Assert.Contains(Bookings.ErrorCode(r, "holdBooking"), new[] { "OCCURRENCE_FULL", "SLOT_UNAVAILABLE" }));
        Assert.Equal(10L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT coalesce(sum(seats), 0) FROM bookings WHERE starts_at = $1 AND status = 'Held'", start.UtcDateTime));
    }

    [Fact]
    public async Task Two_concurrent_reschedules_into_one_free_slot_let_exactly_one_win()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var first = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(0), idempotencyKey = Guid.NewGuid().ToString() });
        var second = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(2), idempotencyKey = Guid.NewGuid().ToString() });
        var target = Bookings.Slot(5);

        for (var round = 0; round < 5; round++)
        {
            var moves = await Task.WhenAll(new[] { first, second }.Select(b => _bookings.GraphQL.SendAsync(
                "mutation($id: ID!, $start: DateTimeOffset!) { rescheduleBooking(id: $id, start: $start) { booking { id start } userErrors { code } } }",
                new { id = b["id"]!.GetValue<string>(), start = target.AddHours(round) }, customer.Token, shop.Org.Slug)));
            AssertNoServerErrors(moves);
            Assert.Equal(1, moves.Count(m => Bookings.ErrorCode(m, "rescheduleBooking") is null));
            Assert.Equal("SLOT_UNAVAILABLE", moves.Select(m => Bookings.ErrorCode(m, "rescheduleBooking")).Single(c => c is not null));
            Assert.Equal(1L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings WHERE starts_at = $1", target.AddHours(round).UtcDateTime));
        }
    }

    private void AssertNoServerErrors(IEnumerable<GraphQLClient.Response> results) =>
        Assert.All(results, r => Assert.True(r.Status == HttpStatusCode.OK && r.Errors is null, r.Body?.ToJsonString() + Environment.NewLine + app.Logs.ErrorsSince(DateTimeOffset.UtcNow.AddMinutes(-2))));
}
