using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.PaymentTests;

/// <summary>
/// Authorizations lapse (rule 3): every payment knows its capture deadline, a host's deadline comes before it
/// for every payment method, a confirmation after a lapse is refused with PAYMENT_EXPIRED and the customer is
/// asked to pay again for the same hold; and the fee agreed at the start is the fee taken (rule 4).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuthorizationWindowTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private Payments Payments => _bookings.Payments;

    private async Task<(Bookings.Shop Shop, string Customer, string BookingId, string Intent)> AwaitingHostAsync(string method = "card", long price = 9_000)
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: price, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot(days: 9));
        var id = held["id"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intent, method);
        await Payments.UntilAsync(_bookings, shop, id, "AWAITING_HOST", "AUTHORIZED");
        return (shop, customer.Token, id, intent);
    }

    private async Task<DateTimeOffset?> CaptureBeforeAsync(Bookings.Shop shop, string bookingId) =>
        (await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { payment { captureBefore paymentMethodType } } } }",
            new { id = bookingId }, shop.Org.Owner.Token, shop.Org.Slug)).Get("node.payment.captureBefore")?.GetValue<DateTimeOffset>();

    [Fact]
    public async Task A_method_without_capture_before_gets_the_configured_window_and_the_host_deadline_comes_first()
    {
        // "affirm" is not in the configured table: the conservative default window (48 h) applies.
        var (shop, _, id, _) = await AwaitingHostAsync("affirm");
        var captureBefore = await CaptureBeforeAsync(shop, id);
        Assert.NotNull(captureBefore);
        var booking = await _bookings.BookingAsync(shop, shop.Org.Owner.Token, id);
        var deadline = booking!["confirmationDeadline"]!.GetValue<DateTimeOffset>();
        Assert.True(deadline <= captureBefore!.Value.AddMinutes(-60), $"deadline {deadline:O} must come an hour before the authorization lapses at {captureBefore:O}");
        Assert.True(captureBefore.Value <= app.Clock.GetUtcNow().AddHours(48).AddMinutes(1));
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task A_host_confirming_after_the_authorization_lapsed_gets_PAYMENT_EXPIRED_and_the_customer_pays_again_for_the_same_hold()
    {
        // Before the fix the booking was confirmed with nothing paid.
        var (shop, customer, id, intent) = await AwaitingHostAsync();
        using (app.Stripe.Holding())
        {
            // The authorization lapses at the bank; Stripe's event about it has not arrived yet.
            await app.Stripe.LapseAsync(intent);
            var confirm = await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "confirmBooking", id);
            Assert.Equal("PAYMENT_EXPIRED", Bookings.ErrorCode(confirm, "confirmBooking"));
            Assert.Equal(("HELD", "REQUIRES_PAYMENT"),
                (confirm.Get("confirmBooking.booking.status").GetValue<string>(), confirm.Get("confirmBooking.booking.paymentStatus").GetValue<string>()));
        }
        await Payments.DrainedAsync();
        Assert.DoesNotContain(Payments.RequestsTo($"/v1/payment_intents/{intent}/capture"), r => r.Status == 200);

        // The same hold is paid anew (attempt 2), and the host can confirm it.
        var again = await Payments.StartAsync(shop.Org, customer, new { bookingId = id });
        Assert.Equal(2, again.Get("startPayment.payment.attempt").GetValue<int>());
        var second = again.Get("startPayment.payment.paymentIntentId").GetValue<string>();
        await app.Stripe.AuthorizeAsync(second);
        await Payments.UntilAsync(_bookings, shop, id, "AWAITING_HOST", "AUTHORIZED");
        var confirmed = await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "confirmBooking", id);
        Assert.Equal("CAPTURED", confirmed.Get("confirmBooking.booking.paymentStatus").GetValue<string>());
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Stripe_cancelling_a_lapsed_authorization_makes_an_awaiting_booking_a_hold_to_pay_again()
    {
        var (shop, _, id, intent) = await AwaitingHostAsync();
        await app.Stripe.LapseAsync(intent);
        var booking = await Payments.UntilAsync(_bookings, shop, id, "HELD", "REQUIRES_PAYMENT");
        Assert.True(booking["holdExpiresAt"]!.GetValue<DateTimeOffset>() > app.Clock.GetUtcNow());
        Assert.Equal("automatic", (await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { payment { cancellationReason } } } }",
            new { id }, shop.Org.Owner.Token, shop.Org.Slug)).Get("node.payment.cancellationReason").GetValue<string>());
        // Not paid again: it ends like any hold, and nothing was ever captured.
        using (app.Clock.Advance(TimeSpan.FromHours(2)))
        {
            await app.InScopeAsync<Platform.Api.Features.Bookings.Expiry.ExpireBookingsJob>(job => job.RunAsync(CancellationToken.None));
            await Payments.UntilAsync(_bookings, shop, id, "EXPIRED", "CANCELED");
        }
        Assert.Equal(0, app.Stripe.Intent(intent).AmountReceived);
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task The_fee_agreed_when_the_payment_started_is_the_fee_taken_whatever_the_plan_becomes()
    {
        var (shop, _, id, intent) = await AwaitingHostAsync(price: 10_000);
        var admin = (await _bookings.Accounts.PlatformAdministratorAsync()).Token;
        var changed = await _bookings.GraphQL.SendAsync("mutation { setPlatformFee(basisPoints: 2000, fixedAmount: 0) { userErrors { code } } }", null, admin, shop.Org.Slug);
        Assert.Empty(changed.Get("setPlatformFee.userErrors").AsArray());

        await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "confirmBooking", id);
        // 5 % + 30 of 10,000 as agreed, not the new 20 %.
        Assert.Equal("530", Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intent}/capture")).Form["application_fee_amount"]);
        await MoneyInvariants.AssertAsync(app, shop);
    }
}
