using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>holdBooking: where a booking starts its life, what it snapshots, and what it refuses.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HoldTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task A_free_booking_is_confirmed_at_once_with_no_payment_and_a_created_event()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();

        var booking = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() });

        Assert.Equal("CONFIRMED", booking["status"]!.GetValue<string>());
        Assert.Equal("NONE", booking["paymentStatus"]!.GetValue<string>());
        Assert.Equal(0, booking["price"]!["amount"]!.GetValue<long>());
        Assert.Equal(shop.ProviderId, booking["provider"]!["id"]!.GetValue<string>());
        Assert.Equal(customer.Email, booking["customer"]!["email"]!.GetValue<string>());
        var created = Assert.Single(booking["events"]!.AsArray());
        Assert.Equal("CREATED", created!["kind"]!.GetValue<string>());
        Assert.Equal("CONFIRMED", created["to"]!.GetValue<string>());
        Assert.Equal("CUSTOMER", created["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_paid_booking_is_held_awaiting_payment_with_the_price_snapshotted_and_an_expiry()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 5000);
        var customer = await _bookings.Accounts.SignUpAsync();

        var booking = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() });

        Assert.Equal("HELD", booking["status"]!.GetValue<string>());
        Assert.Equal("REQUIRES_PAYMENT", booking["paymentStatus"]!.GetValue<string>());
        Assert.Equal(5000, booking["price"]!["amount"]!.GetValue<long>());
        Assert.Equal("public", booking["price"]!["role"]!.GetValue<string>());
        var expires = DateTimeOffset.Parse(booking["holdExpiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires - app.Clock.GetUtcNow(), TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30.1));

        // Later price changes do not touch the deal made.
        await _bookings.PriceAsync(shop.Org, offering, ("public", 9900));
        var again = await _bookings.BookingAsync(shop, customer.Token, booking["id"]!.GetValue<string>());
        Assert.Equal(5000, again!["price"]!["amount"]!.GetValue<long>());
    }
}
