using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>A retried holdBooking returns the same booking; the same key for something else is refused.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IdempotencyTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task The_same_key_twice_makes_one_booking_and_the_retry_says_it_was_replayed()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 1500);
        var customer = await _bookings.Accounts.SignUpAsync();
        var input = new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() };

        var first = await _bookings.HoldAsync(shop, customer.Token, input);
        var retry = await _bookings.HoldAsync(shop, customer.Token, input);

        Assert.False(first.Get("holdBooking.replayed").GetValue<bool>());
        Assert.True(retry.Get("holdBooking.replayed").GetValue<bool>());
        Assert.Equal(first.Get("holdBooking.booking.id").GetValue<string>(), retry.Get("holdBooking.booking.id").GetValue<string>());
        Assert.Empty(retry.Get("holdBooking.userErrors").AsArray());
        Assert.Equal(1L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings"));
    }

    [Fact]
    public async Task Twenty_concurrent_requests_with_one_key_make_one_booking_and_all_get_it()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var input = new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() };

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _bookings.HoldAsync(shop, customer.Token, input)));

        Assert.All(results, r => Assert.Empty(r.Get("holdBooking.userErrors").AsArray()));
        Assert.Single(results.Select(r => r.Get("holdBooking.booking.id").GetValue<string>()).Distinct());
        Assert.Equal(1L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings"));
    }

    [Fact]
    public async Task The_same_key_with_a_different_request_is_refused_and_books_nothing()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var key = Guid.NewGuid().ToString();
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(0), idempotencyKey = key });

        var reused = await _bookings.HoldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(1), idempotencyKey = key });

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", Bookings.ErrorCode(reused, "holdBooking"));
        Assert.Equal(1L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings"));
    }

    [Fact]
    public async Task Keys_belong_to_their_caller_so_another_customer_with_the_same_key_books_their_own()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var key = Guid.NewGuid().ToString();
        var a = await _bookings.HeldAsync(shop, (await _bookings.Accounts.SignUpAsync()).Token, new { offeringId = offering, start = Bookings.Slot(0), idempotencyKey = key });
        var b = await _bookings.HeldAsync(shop, (await _bookings.Accounts.SignUpAsync()).Token, new { offeringId = offering, start = Bookings.Slot(1), idempotencyKey = key });
        Assert.NotEqual(a["id"]!.GetValue<string>(), b["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failed_hold_does_not_burn_its_key()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot();
        var blocker = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() });
        var input = new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() };
        Assert.Equal("SLOT_UNAVAILABLE", Bookings.ErrorCode(await _bookings.HoldAsync(shop, customer.Token, input), "holdBooking"));

        await _bookings.ActAsync(shop, customer.Token, "cancelBooking", blocker["id"]!.GetValue<string>());
        var retried = await _bookings.HoldAsync(shop, customer.Token, input);
        Assert.Null(Bookings.ErrorCode(retried, "holdBooking"));
        Assert.False(retried.Get("holdBooking.replayed").GetValue<bool>());
    }
}
