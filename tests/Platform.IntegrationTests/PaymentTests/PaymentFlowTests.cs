using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.PaymentTests;

/// <summary>Paying for holds end to end on the Stripe fake: authorize, confirm, capture, release.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PaymentFlowTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private Payments Payments => _bookings.Payments;

    private static string Key() => Guid.NewGuid().ToString();

    [Fact]
    public async Task A_paid_booking_is_authorized_then_captured_when_the_host_confirms_with_the_fee_and_destination_on_the_request()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 10_000, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intentId) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        var id = held["id"]!.GetValue<string>();
        Assert.Equal(("HELD", "REQUIRES_PAYMENT"), (held["status"]!.GetValue<string>(), held["paymentStatus"]!.GetValue<string>()));

        var create = Assert.Single(Payments.RequestsTo("/v1/payment_intents"), r => r.Form.GetValueOrDefault("metadata[booking_id]") == Bookings.IdOf(id).ToString());
        Assert.Equal(("10000", "usd", "manual"), (create.Form["amount"], create.Form["currency"], create.Form["capture_method"]));
        Assert.Equal(shop.StripeAccountId, create.Form["transfer_data[destination]"]);
        // The default plan: 5 % plus 30 cents.
        Assert.Equal("530", create.Form["application_fee_amount"]);
        Assert.Equal(Catalog.Id(shop.Org.Id, "Organization").ToString(), create.Form["metadata[tenant_id]"]);
        Assert.StartsWith("intent:", create.IdempotencyKey, StringComparison.Ordinal);
        Assert.Equal(global::Stripe.StripeConfiguration.ApiVersion, create.StripeVersion);

        await app.Stripe.AuthorizeAsync(intentId);
        var awaiting = await Payments.UntilAsync(_bookings, shop, id, "AWAITING_HOST", "AUTHORIZED");
        Assert.NotNull(awaiting["confirmationDeadline"]);
        Assert.Empty(Payments.RequestsTo($"/v1/payment_intents/{intentId}/capture"));

        var confirmed = await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "confirmBooking", id);
        Assert.Equal(("CONFIRMED", "CAPTURED"), (confirmed.Get("confirmBooking.booking.status").GetValue<string>(), confirmed.Get("confirmBooking.booking.paymentStatus").GetValue<string>()));
        var capture = Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intentId}/capture"));
        Assert.Equal(("10000", "530"), (capture.Form["amount_to_capture"], capture.Form["application_fee_amount"]));
        Assert.Equal("succeeded", app.Stripe.Intent(intentId).Status);
        Assert.Equal(10_000, app.Stripe.Intent(intentId).AmountReceived);

        await Payments.DrainedAsync();
        var settled = await _bookings.BookingAsync(shop, customer.Token, id);
        Assert.Equal(("CONFIRMED", "CAPTURED"), (settled!["status"]!.GetValue<string>(), settled["paymentStatus"]!.GetValue<string>()));
        Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intentId}/capture"));
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task An_offering_without_confirmation_is_captured_and_confirmed_as_soon_as_it_is_authorized()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 4_000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intentId) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());

        await app.Stripe.AuthorizeAsync(intentId);
        await Payments.UntilAsync(_bookings, shop, held["id"]!.GetValue<string>(), "CONFIRMED", "CAPTURED");
        Assert.Equal("4000", Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intentId}/capture")).Form["amount_to_capture"]);
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task A_declined_booking_releases_its_authorization()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 7_500, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intentId) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        var id = held["id"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intentId);
        await Payments.UntilAsync(_bookings, shop, id, "AWAITING_HOST", "AUTHORIZED");

        var declined = await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "declineBooking", id);
        Assert.Equal(("DECLINED", "CANCELED"), (declined.Get("declineBooking.booking.status").GetValue<string>(), declined.Get("declineBooking.booking.paymentStatus").GetValue<string>()));
        Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intentId}/cancel"));
        Assert.Empty(Payments.RequestsTo($"/v1/payment_intents/{intentId}/capture"));
        Assert.Equal("canceled", app.Stripe.Intent(intentId).Status);
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Host_silence_past_the_deadline_and_hold_expiry_release_the_authorization_or_the_intent()
    {
        var shop = await _bookings.ShopAsync();
        var confirmable = await _bookings.OfferingAsync(shop, price: 3_000, extra: new { requiresConfirmation = true });
        var plain = await _bookings.OfferingAsync(shop, price: 2_000);
        var customer = await _bookings.Accounts.SignUpAsync();

        var (awaiting, authorizedIntent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, confirmable, Bookings.Slot(0, days: 10));
        await app.Stripe.AuthorizeAsync(authorizedIntent);
        await Payments.UntilAsync(_bookings, shop, awaiting["id"]!.GetValue<string>(), "AWAITING_HOST", "AUTHORIZED");
        var (unpaid, unpaidIntent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, plain, Bookings.Slot(2, days: 10));

        // Past the host's deadline (24 h by default) and every hold's expiry: the sweep ends both and payments let go.
        using (app.Clock.Advance(TimeSpan.FromDays(2)))
        {
            await app.InScopeAsync<Platform.Api.Features.Bookings.Expiry.ExpireBookingsJob>(job => job.RunAsync(CancellationToken.None));
            await Payments.UntilAsync(_bookings, shop, awaiting["id"]!.GetValue<string>(), "EXPIRED", "CANCELED");
            await Payments.UntilAsync(_bookings, shop, unpaid["id"]!.GetValue<string>(), "EXPIRED", "CANCELED");
        }
        Assert.Equal("canceled", app.Stripe.Intent(authorizedIntent).Status);
        Assert.Equal("canceled", app.Stripe.Intent(unpaidIntent).Status);
        Assert.Empty(Payments.RequestsTo($"/v1/payment_intents/{authorizedIntent}/capture"));
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Free_for_role_bookings_never_touch_Stripe()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 5_000);
        await _bookings.Accounts.DefineRoleAsync(shop.Org, "member");
        await _bookings.PriceAsync(shop.Org, offering, ("public", 5_000), ("member", 0));
        var member = await _bookings.Accounts.SignUpAsync();
        await _bookings.Accounts.AddMemberAsync(shop.Org, member, null, "member");
        var before = app.Stripe.Requests.Count;

        var booking = await _bookings.HeldAsync(shop, member.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Key() });
        Assert.Equal(("CONFIRMED", "NONE"), (booking["status"]!.GetValue<string>(), booking["paymentStatus"]!.GetValue<string>()));
        var start = await Payments.StartAsync(shop.Org, member.Token, new { bookingId = booking["id"]!.GetValue<string>() });
        Assert.Equal("NOTHING_TO_PAY", Bookings.ErrorCode(start, "startPayment"));
        Assert.Equal("CANCELLED", (await _bookings.ActAsync(shop, member.Token, "cancelBooking", booking["id"]!.GetValue<string>())).Get("cancelBooking.booking.status").GetValue<string>());
        Assert.Equal(before, app.Stripe.Requests.Count);
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Starting_a_payment_twice_returns_the_same_intent_and_a_changed_cart_gets_a_new_attempt()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 2_500);
        var customer = await _bookings.Accounts.SignUpAsync();
        var booking = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Key() });
        var id = booking["id"]!.GetValue<string>();

        var first = await Payments.StartAsync(shop.Org, customer.Token, new { bookingId = id });
        var second = await Payments.StartAsync(shop.Org, customer.Token, new { bookingId = id });
        Assert.Equal(first.Get("startPayment.payment.paymentIntentId").GetValue<string>(), second.Get("startPayment.payment.paymentIntentId").GetValue<string>());
        Assert.Equal(first.Get("startPayment.clientSecret").GetValue<string>(), second.Get("startPayment.clientSecret").GetValue<string>());
        Assert.Equal(app.Stripe.PublishableKey, second.Get("startPayment.publishableKey").GetValue<string>());
        Assert.Single(Payments.RequestsTo("/v1/payment_intents"), r => r.Form.GetValueOrDefault("metadata[booking_id]") == Bookings.IdOf(id).ToString());

        // Ten at once still make one intent: the attempt row is written under the booking's lock before Stripe is asked.
        var other = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(1), idempotencyKey = Key() });
        var otherId = other["id"]!.GetValue<string>();
        var racing = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Payments.StartAsync(shop.Org, customer.Token, new { bookingId = otherId })));
        var intents = racing.Where(r => r.Get("startPayment.userErrors").AsArray().Count == 0).Select(r => r.Get("startPayment.payment.paymentIntentId").GetValue<string>()).Distinct().ToList();
        Assert.Single(intents);
        Assert.Single(Payments.RequestsTo("/v1/payment_intents"), r => r.Form.GetValueOrDefault("metadata[booking_id]") == Bookings.IdOf(otherId).ToString() && r.Status == 200 && !r.Replayed);
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Payments_need_an_onboarded_account_with_charges_enabled()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop, price: 1_000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var hold = new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Key() };
        Assert.Equal("PAYMENTS_NOT_ENABLED", Bookings.ErrorCode(await _bookings.HoldAsync(shop, customer.Token, hold), "holdBooking"));

        var accountId = await Payments.ConnectAsync(shop.Org);
        Assert.Equal("PAYMENTS_NOT_ENABLED", Bookings.ErrorCode(await _bookings.HoldAsync(shop, customer.Token, hold with { idempotencyKey = Key() }), "holdBooking"));
        var account = await _bookings.GraphQL.SendAsync("{ paymentAccount { stripeAccountId chargesEnabled requirements feePlan { basisPoints fixedAmount } } }", null, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.False(account.Get("paymentAccount.chargesEnabled").GetValue<bool>());
        Assert.NotEmpty(account.Get("paymentAccount.requirements").AsArray());
        var created = Assert.Single(app.Stripe.Requests, r => r.Path == "/v1/accounts" && r.Form.GetValueOrDefault("metadata[tenant_id]") == Catalog.Id(shop.Org.Id, "Organization").ToString());
        Assert.Equal(("express", "application", "true", "true"), (created.Form["controller[stripe_dashboard][type]"], created.Form["controller[fees][payer]"], created.Form["capabilities[card_payments][requested]"], created.Form["capabilities[transfers][requested]"]));

        // account.updated is the source of truth: its event alone enables charges.
        await app.Stripe.CompleteOnboardingAsync(accountId);
        await Payments.EventuallyAsync(async () => (await _bookings.GraphQL.SendAsync("{ paymentAccount { chargesEnabled } }", null, shop.Org.Owner.Token, shop.Org.Slug))
            .Get("paymentAccount.chargesEnabled").GetValue<bool>(), "account.updated to enable charges");
        Assert.Empty((await _bookings.HoldAsync(shop, customer.Token, hold with { idempotencyKey = Key() })).Get("holdBooking.userErrors").AsArray());

        // The administrator's refresh link makes a new onboarding link; a forged state is refused.
        using var refresh = await app.Http().GetAsync(new Uri(app.Stripe.RefreshUrlOf(accountId)!).PathAndQuery);
        Assert.Equal(302, (int)refresh.StatusCode);
        Assert.StartsWith("https://connect.stripe.test/setup/", refresh.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var forged = await app.Http().GetAsync("/payments/connect/return?state=forged");
        Assert.Equal(400, (int)forged.StatusCode);
        Assert.Equal(2, app.Stripe.Requests.Count(r => r.Path == "/v1/account_links" && r.Form["account"] == accountId));
        await MoneyInvariants.AssertAsync(app, shop);
    }
}
