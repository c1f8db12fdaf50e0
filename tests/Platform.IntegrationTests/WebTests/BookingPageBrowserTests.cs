using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebTests;

/// <summary>
/// The public booking page in Chromium (web/e2e/booking-*.mjs): a guest books, a member sees their price, two visitors
/// race for one slot, and paid bookings go through Checkout and through the Payment Element (with a stand-in Stripe.js,
/// since the real one cannot load offline).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BookingPageBrowserTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task A_guest_books_a_free_session_end_to_end_and_sees_it_confirmed()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var name = "Intro " + Guid.NewGuid().ToString("N")[..6];
        await _bookings.OfferingAsync(shop, extra: new { name, allowsGuests = true });
        var guest = $"guest-{Guid.NewGuid():N}@example.test";

        await new BrowserScenarios(app).RunAsync("booking-guest", new { slug = shop.Org.Slug, offering = name, guest, shots = true });

        var status = await _bookings.ScalarAsync<string>(shop.Org, "SELECT status FROM bookings WHERE guest_email = $1", guest);
        Assert.Equal("Confirmed", status);
    }

    [Fact]
    public async Task A_signed_in_member_sees_the_member_price_and_a_guest_the_public_one()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var name = "Lesson " + Guid.NewGuid().ToString("N")[..6];
        var offering = await _bookings.OfferingAsync(shop, 5000, new { name });
        await _bookings.Accounts.DefineRoleAsync(shop.Org, "member");
        await _bookings.PriceAsync(shop.Org, offering, ("public", 5000), ("member", 3000));
        var member = await _bookings.Accounts.SignUpAsync();
        await _bookings.Accounts.AddMemberAsync(shop.Org, member, null, "member");

        await new BrowserScenarios(app).RunAsync("booking-member-price", new
        {
            slug = shop.Org.Slug, offering = name, email = member.Email, password = Accounts.Password,
            publicPrice = "$50.00", memberPrice = "$30.00",
        });
    }

    [Fact]
    public async Task A_second_visitor_sees_the_slot_disappear_live_and_cannot_book_it()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var name = "Race " + Guid.NewGuid().ToString("N")[..6];
        await _bookings.OfferingAsync(shop, extra: new { name, allowsGuests = true });

        await new BrowserScenarios(app).RunAsync("booking-race", new { slug = shop.Org.Slug, offering = name });

        var confirmed = await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings WHERE status = 'Confirmed'");
        Assert.Equal(1, confirmed);
    }

    [Fact]
    public async Task A_customer_pays_a_booking_on_Stripe_Checkout_and_sees_it_confirmed()
    {
        var shop = await _bookings.ShopAsync();
        var name = "Paid " + Guid.NewGuid().ToString("N")[..6];
        await _bookings.OfferingAsync(shop, 2500, new { name });
        var customer = await _bookings.Accounts.SignUpAsync();

        await new BrowserScenarios(app).RunAsync("booking-checkout", new
        {
            slug = shop.Org.Slug, offering = name, email = customer.Email, password = Accounts.Password, amount = "$25.00",
        }, PaymentAnswers(shop, customer));

        var status = await _bookings.ScalarAsync<string>(shop.Org, "SELECT status FROM bookings WHERE customer_user_id = $1", customer.Id);
        Assert.Equal("Confirmed", status);
    }

    [Fact]
    public async Task A_customer_pays_with_the_Payment_Element_against_a_stand_in_Stripe_js()
    {
        var shop = await _bookings.ShopAsync();
        var name = "Card " + Guid.NewGuid().ToString("N")[..6];
        await _bookings.OfferingAsync(shop, 4000, new { name });
        var customer = await _bookings.Accounts.SignUpAsync();

        await new BrowserScenarios(app).RunAsync("booking-card", new
        {
            slug = shop.Org.Slug, offering = name, email = customer.Email, password = Accounts.Password, amount = "$40.00",
        }, PaymentAnswers(shop, customer));

        var status = await _bookings.ScalarAsync<string>(shop.Org, "SELECT status FROM bookings WHERE customer_user_id = $1", customer.Id);
        Assert.Equal("Confirmed", status);
    }

    [Fact]
    public async Task Losing_the_connection_shows_reconnecting_keeps_the_hold_and_resubscribes()
    {
        var shop = await _bookings.ShopAsync();
        var name = "Live " + Guid.NewGuid().ToString("N")[..6];
        var offering = await _bookings.OfferingAsync(shop, 1500, new { name });
        var customer = await _bookings.Accounts.SignUpAsync();
        var other = await _bookings.Accounts.SignUpAsync();
        var answers = new Dictionary<string, BrowserScenarios.Answer>
        {
            // Someone else takes another time while the page is back online: its slotsChanged must reach the page.
            ["take-slot"] = async payload =>
            {
                var start = DateTimeOffset.Parse(payload!["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
                var booking = await _bookings.HeldAsync(shop, other.Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() });
                return new { id = booking["id"]!.GetValue<string>() };
            },
        };

        await new BrowserScenarios(app).RunAsync("booking-reconnect", new
        {
            slug = shop.Org.Slug, offering = name, email = customer.Email, password = Accounts.Password,
        }, answers);
    }

    /// <summary>
    /// What Stripe does when the customer pays — on the hosted Checkout page, or by card through the Payment Element —
    /// answered once the platform has confirmed the customer's booking (Checkout also says where Stripe sends them back).
    /// </summary>
    private Dictionary<string, BrowserScenarios.Answer> PaymentAnswers(Bookings.Shop shop, Accounts.Person customer) => new()
    {
        ["checkout"] = async payload =>
        {
            var sessionId = payload!["sessionId"]!.GetValue<string>();
            await app.Stripe.CompleteCheckoutAsync(sessionId);
            await ConfirmedAsync(shop, customer);
            return new { successUrl = app.Stripe.Session(sessionId).SuccessUrl };
        },
        ["authorize"] = async payload =>
        {
            await app.Stripe.AuthorizeAsync(payload!["intentId"]!.GetValue<string>());
            await ConfirmedAsync(shop, customer);
            return new { authorized = true };
        },
    };

    private Task ConfirmedAsync(Bookings.Shop shop, Accounts.Person customer) =>
        Payments.EventuallyAsync(async () => await _bookings.ScalarAsync<string>(shop.Org,
            "SELECT status FROM bookings WHERE customer_user_id = $1", customer.Id) == "Confirmed",
            "the customer's booking to be confirmed", TimeSpan.FromSeconds(60));
}
