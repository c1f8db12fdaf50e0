using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>Guests book with an email where the offering allows it; the booking joins the account that confirms that email.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GuestTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task A_guest_books_with_an_email_and_finds_the_booking_in_their_account_once_they_confirm_that_email()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, extra: new { allowsGuests = true });
        var email = $"guest-{Guid.NewGuid():N}@example.test";

        var booking = await _bookings.HeldAsync(shop, null, new { offeringId = offering, start = Bookings.Slot(), guestEmail = email.ToUpperInvariant(), guestName = "Gail Guest", idempotencyKey = Guid.NewGuid().ToString() });
        Assert.Equal("CONFIRMED", booking["status"]!.GetValue<string>());
        Assert.True(booking["customer"]!["isGuest"]!.GetValue<bool>());
        Assert.Equal(email, booking["customer"]!["email"]!.GetValue<string>());

        var person = await _bookings.Accounts.SignUpAsync(email);
        const string Mine = "{ myBookings(when: UPCOMING) { edges { node { id customer { isGuest } events { kind } } } } }";
        // Anyone can sign up with anyone's address: the booking waits for proof that the inbox is theirs.
        Assert.Empty((await _bookings.GraphQL.SendAsync(Mine, null, person.Token, shop.Org.Slug)).Get("myBookings.edges").AsArray());

        await _bookings.Accounts.ConfirmEmailAsync(person);
        var mine = await _bookings.GraphQL.SendAsync(Mine, null, person.Token, shop.Org.Slug);
        var node = Assert.Single(mine.Get("myBookings.edges").AsArray())!["node"]!;
        Assert.Equal(booking["id"]!.GetValue<string>(), node["id"]!.GetValue<string>());
        Assert.False(node["customer"]!["isGuest"]!.GetValue<bool>());
        Assert.Equal("CUSTOMER_ATTACHED", node["events"]!.AsArray()[^1]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Guests_are_turned_away_where_the_offering_wants_an_account_and_bad_emails_are_refused()
    {
        var shop = await _bookings.ShopAsync();
        var members = await _bookings.OfferingAsync(shop);
        var open = await _bookings.OfferingAsync(shop, extra: new { allowsGuests = true });
        Assert.Equal("GUESTS_NOT_ALLOWED", Bookings.ErrorCode(await _bookings.HoldAsync(shop, null, new { offeringId = members, start = Bookings.Slot(), guestEmail = "g@example.test", idempotencyKey = "k" }), "holdBooking"));
        Assert.Equal("SIGN_IN_REQUIRED", Bookings.ErrorCode(await _bookings.HoldAsync(shop, null, new { offeringId = open, start = Bookings.Slot(), idempotencyKey = "k" }), "holdBooking"));
        Assert.Equal("INVALID_EMAIL", Bookings.ErrorCode(await _bookings.HoldAsync(shop, null, new { offeringId = open, start = Bookings.Slot(), guestEmail = "not-an-email", idempotencyKey = "k" }), "holdBooking"));
        Assert.Equal(0L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings"));
    }

    [Fact]
    public async Task Staff_book_on_behalf_of_a_customer_by_email_and_customers_cannot()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 2000);
        await _bookings.Accounts.DefineRoleAsync(shop.Org, "member");
        await _bookings.PriceAsync(shop.Org, offering, ("public", 2000), ("member", 1200));
        var member = await _bookings.Accounts.SignUpAsync();
        await _bookings.Accounts.AddMemberAsync(shop.Org, member, null, "member");

        var booked = await _bookings.HeldAsync(shop, shop.Org.Owner.Token, new { offeringId = offering, start = Bookings.Slot(), customerEmail = member.Email, idempotencyKey = Guid.NewGuid().ToString() });
        Assert.Equal((1200L, "member"), (booked["price"]!["amount"]!.GetValue<long>(), booked["price"]!["role"]!.GetValue<string>()));
        Assert.Equal(member.Email, booked["customer"]!["email"]!.GetValue<string>());
        Assert.Equal("STAFF", booked["events"]!.AsArray()[0]!["actor"]!.GetValue<string>());
        Assert.Single((await _bookings.GraphQL.SendAsync("{ myBookings(when: UPCOMING) { edges { node { id } } } }", null, member.Token, shop.Org.Slug)).Get("myBookings.edges").AsArray());

        Assert.Equal("NOT_ALLOWED", Bookings.ErrorCode(await _bookings.HoldAsync(shop, member.Token, new { offeringId = offering, start = Bookings.Slot(1), customerEmail = shop.Org.Owner.Email, idempotencyKey = Guid.NewGuid().ToString() }), "holdBooking"));
    }
}
