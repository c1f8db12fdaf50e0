using System.Globalization;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.PaymentTests;

/// <summary>Carts paid on Stripe's hosted Checkout page, and by Elements.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CheckoutTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private Payments Payments => _bookings.Payments;

    private const string Checkout = "mutation($input: CheckoutSessionInput!) { createCheckoutSession(input: $input) { url expiresAt payment { id attempt status channel } userErrors { code field message } } }";

    private async Task<(string CartId, string[] Bookings)> CartAsync(Bookings.Shop shop, Accounts.Person customer, params long[] prices)
    {
        var cart = await _bookings.GraphQL.SendAsync("mutation { createCart { cart { id } userErrors { code } } }", null, customer.Token, shop.Org.Slug);
        var cartId = cart.Get("createCart.cart.id").GetValue<string>();
        var ids = new List<string>();
        foreach (var (price, i) in prices.Select((p, i) => (p, i)))
        {
            var offering = await _bookings.OfferingAsync(shop, price: price);
            var held = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(i * 2), cartId, idempotencyKey = Guid.NewGuid().ToString() });
            ids.Add(held["id"]!.GetValue<string>());
        }
        return (cartId, [.. ids]);
    }

    [Fact]
    public async Task A_cart_paid_on_the_hosted_page_is_captured_once_for_all_its_holds_and_checked_out()
    {
        var shop = await _bookings.ShopAsync();
        var customer = await _bookings.Accounts.SignUpAsync();
        var (cartId, ids) = await CartAsync(shop, customer, 2_000, 3_000);
        var input = new { cartId, successUrl = "https://shop.example/paid", cancelUrl = "https://shop.example/cart" };

        var first = await _bookings.GraphQL.SendAsync(Checkout, new { input }, customer.Token, shop.Org.Slug);
        Assert.Empty(first.Get("createCheckoutSession.userErrors").AsArray());
        var again = await _bookings.GraphQL.SendAsync(Checkout, new { input }, customer.Token, shop.Org.Slug);
        Assert.Equal(first.Get("createCheckoutSession.url").GetValue<string>(), again.Get("createCheckoutSession.url").GetValue<string>());
        var request = Assert.Single(Payments.RequestsTo("/v1/checkout/sessions"), r => r.Form.GetValueOrDefault("metadata[cart_id]") == Catalog.Id(cartId, "Cart").ToString());
        Assert.Equal(("manual", shop.StripeAccountId, "280"), (request.Form["payment_intent_data[capture_method]"], request.Form["payment_intent_data[transfer_data][destination]"], request.Form["payment_intent_data[application_fee_amount]"]));
        Assert.Equal(("2000", "3000", "1"), (request.Form["line_items[0][price_data][unit_amount]"], request.Form["line_items[1][price_data][unit_amount]"], request.Form["line_items[0][quantity]"]));
        Assert.Equal(customer.Email, request.Form["customer_email"]);

        // Stripe keeps a session open 30 minutes at least: the holds were extended to its end, never the other way round.
        var expiresAt = DateTimeOffset.Parse(first.Get("createCheckoutSession.expiresAt").GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.Equal(expiresAt.ToUnixTimeSeconds(), long.Parse(request.Form["expires_at"], CultureInfo.InvariantCulture));
        Assert.True(expiresAt >= DateTimeOffset.UtcNow.AddMinutes(30));
        foreach (var id in ids)
        {
            var held = await _bookings.BookingAsync(shop, customer.Token, id);
            Assert.True(DateTimeOffset.Parse(held!["holdExpiresAt"]!.GetValue<string>(), CultureInfo.InvariantCulture) >= expiresAt);
        }

        var session = app.Stripe.Requests.Count;
        Assert.Equal("BOOKING_IN_CART", Bookings.ErrorCode(await Payments.StartAsync(shop.Org, customer.Token, new { bookingId = ids[0] }), "startPayment"));
        var sessionId = new Uri(first.Get("createCheckoutSession.url").GetValue<string>()).Segments[^1];
        await app.Stripe.CompleteCheckoutAsync(sessionId);
        foreach (var id in ids) await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");
        var intent = app.Stripe.Session(sessionId).PaymentIntentId!;
        var capture = Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intent}/capture"));
        Assert.Equal(("5000", "280"), (capture.Form["amount_to_capture"], capture.Form["application_fee_amount"]));
        var cart = await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Cart { status } } }", new { id = cartId }, customer.Token, shop.Org.Slug);
        Assert.Equal("CHECKED_OUT", cart.Get("node.status").GetValue<string>());
        Assert.True(app.Stripe.Requests.Count > session);
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task An_expired_session_leaves_the_holds_payable_and_abandoning_a_cart_expires_its_session()
    {
        var shop = await _bookings.ShopAsync();
        var customer = await _bookings.Accounts.SignUpAsync();
        var (cartId, ids) = await CartAsync(shop, customer, 1_000);
        var input = new { cartId, successUrl = "https://shop.example/paid", cancelUrl = "https://shop.example/cart" };
        var first = await _bookings.GraphQL.SendAsync(Checkout, new { input }, customer.Token, shop.Org.Slug);
        var sessionId = new Uri(first.Get("createCheckoutSession.url").GetValue<string>()).Segments[^1];

        await app.Stripe.ExpireCheckoutAsync(sessionId);
        await Payments.DrainedAsync();
        await Payments.UntilAsync(_bookings, shop, ids[0], "HELD", "REQUIRES_PAYMENT");
        var elements = await Payments.StartAsync(shop.Org, customer.Token, new { cartId });
        Assert.Equal((2, "ELEMENTS"), (elements.Get("startPayment.payment.attempt").GetValue<int>(), elements.Get("startPayment.payment.channel").GetValue<string>()));

        // A new session for the same cart takes the bookings over; the Elements attempt is released.
        var second = await _bookings.GraphQL.SendAsync(Checkout, new { input }, customer.Token, shop.Org.Slug);
        Assert.Equal(3, second.Get("createCheckoutSession.payment.attempt").GetValue<int>());
        Assert.Equal("canceled", app.Stripe.Intent(elements.Get("startPayment.payment.paymentIntentId").GetValue<string>()).Status);
        var secondSession = new Uri(second.Get("createCheckoutSession.url").GetValue<string>()).Segments[^1];

        var abandoned = await _bookings.GraphQL.SendAsync("mutation($id: ID!) { abandonCart(id: $id) { cart { status } userErrors { code } } }", new { id = cartId }, customer.Token, shop.Org.Slug);
        Assert.Equal("ABANDONED", abandoned.Get("abandonCart.cart.status").GetValue<string>());
        Assert.Single(Payments.RequestsTo($"/v1/checkout/sessions/{secondSession}/expire"));
        Assert.Equal("expired", app.Stripe.Session(secondSession).Status);
        await Payments.UntilAsync(_bookings, shop, ids[0], "CANCELLED", "CANCELED");
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Checkout_input_is_checked_before_anything_is_asked_of_Stripe()
    {
        var shop = await _bookings.ShopAsync();
        var customer = await _bookings.Accounts.SignUpAsync();
        var (cartId, _) = await CartAsync(shop, customer, 1_000);
        var before = app.Stripe.Requests.Count;
        foreach (var (input, code) in new (object Input, string Code)[]
        {
            (new { cartId, successUrl = "javascript:alert(1)", cancelUrl = "https://shop.example" }, "INVALID_URL"),
            (new { cartId, successUrl = "https://shop.example", cancelUrl = "relative/path" }, "INVALID_URL"),
            (new { successUrl = "https://shop.example", cancelUrl = "https://shop.example" }, "INVALID_INPUT"),
            (new { cartId = "Q2FydDpub3BlCg", successUrl = "https://shop.example", cancelUrl = "https://shop.example" }, "NOT_FOUND"),
        })
        {
            Assert.Equal(code, Bookings.ErrorCode(await _bookings.GraphQL.SendAsync(Checkout, new { input }, customer.Token, shop.Org.Slug), "createCheckoutSession"));
        }
        var stranger = await _bookings.Accounts.SignUpAsync();
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.GraphQL.SendAsync(Checkout,
            new { input = new { cartId, successUrl = "https://shop.example", cancelUrl = "https://shop.example" } }, stranger.Token, shop.Org.Slug), "createCheckoutSession"));
        Assert.Equal(before, app.Stripe.Requests.Count);
        await MoneyInvariants.AssertAsync(app, shop);
    }
}
