using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.PaymentTests;

/// <summary>
/// Paid bookings in JPY (zero-decimal) and KWD (three-decimal, amounts in tens of fils): what the Stripe fake receives
/// for the intent, the capture, the fee and a 50 % refund is on each currency's grid. The fake refuses off-grid KWD
/// amounts as Stripe does, so every step succeeding is part of the proof. USD is covered unchanged by the other tests.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CurrencyPaymentTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private Payments Payments => _bookings.Payments;

    private static object Tiered(bool requiresConfirmation = false) => new
    {
        requiresConfirmation,
        cancellationPolicy = new
        {
            tiers = new[] { new { minimumNoticeMinutes = 48 * 60, refundPercent = 100 }, new { minimumNoticeMinutes = 24 * 60, refundPercent = 50 } },
            rescheduleCutoffMinutes = 0,
        },
    };

    /// <summary>A start on the hour 36 hours ahead: inside the 50 % tier.</summary>
    private static DateTimeOffset InTheHalfTier()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(37);
    }

    [Theory]
    // ¥1,010 at 5 % + ¥40 (the JPY organization's plan): 50.5 + 40 → ¥91; half refunded: ¥505.
    [InlineData("JPY", 1_010, "91", "505")]
    // KWD 1.010 at 5 % + 0.100: 0.1505 → 0.150 (the nearest ten fils); half is 0.505, refunded as 0.510.
    [InlineData("KWD", 1_010, "150", "510")]
    public async Task A_booking_is_authorized_captured_and_refunded_half_with_every_amount_on_the_grid(string currency, long price, string fee, string refund)
    {
        var shop = await _bookings.ShopAsync(currency: currency);
        var offering = await _bookings.OfferingAsync(shop, price: price, extra: Tiered());
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, InTheHalfTier());
        var id = held["id"]!.GetValue<string>();
        Assert.Equal((price, currency), (held["price"]!["amount"]!.GetValue<long>(), held["price"]!["currency"]!.GetValue<string>()));

        var create = Assert.Single(Payments.RequestsTo("/v1/payment_intents"), r => r.Form.GetValueOrDefault("metadata[booking_id]") == Bookings.IdOf(id).ToString());
        Assert.Equal((price.ToString(System.Globalization.CultureInfo.InvariantCulture), currency.ToLowerInvariant(), fee),
            (create.Form["amount"], create.Form["currency"], create.Form["application_fee_amount"]));

        await app.Stripe.AuthorizeAsync(intent);
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");
        var capture = Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intent}/capture"));
        Assert.Equal((price.ToString(System.Globalization.CultureInfo.InvariantCulture), fee), (capture.Form["amount_to_capture"], capture.Form["application_fee_amount"]));

        var cancelled = await _bookings.ActAsync(shop, customer.Token, "cancelBooking", id);
        Assert.Empty(cancelled.Get("cancelBooking.userErrors").AsArray());
        Assert.Equal((50, long.Parse(refund, System.Globalization.CultureInfo.InvariantCulture), currency), (
            cancelled.Get("cancelBooking.booking.cancellation.refundPercent").GetValue<int>(),
            cancelled.Get("cancelBooking.booking.cancellation.refundAmount").GetValue<long>(),
            cancelled.Get("cancelBooking.booking.cancellation.currency").GetValue<string>()));
        await Payments.UntilAsync(_bookings, shop, id, "CANCELLED", "PARTIALLY_REFUNDED");
        var refundRequest = Assert.Single(Payments.RequestsTo("/v1/refunds"), r => r.Form["payment_intent"] == intent);
        Assert.Equal((refund, "true"), (refundRequest.Form["amount"], refundRequest.Form["refund_application_fee"]));
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task A_KWD_request_withdrawn_before_the_host_accepted_it_is_released_whatever_the_tier()
    {
        // Only a confirmed booking is cancelled by the tiers; a request the host never accepted costs nothing.
        var shop = await _bookings.ShopAsync(currency: "KWD");
        var offering = await _bookings.OfferingAsync(shop, price: 1_010, extra: Tiered(requiresConfirmation: true));
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, InTheHalfTier());
        var id = held["id"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intent);
        await Payments.UntilAsync(_bookings, shop, id, "AWAITING_HOST", "AUTHORIZED");

        Assert.Empty((await _bookings.ActAsync(shop, customer.Token, "cancelBooking", id)).Get("cancelBooking.userErrors").AsArray());
        await Payments.UntilAsync(_bookings, shop, id, "CANCELLED", "CANCELED");
        Assert.Empty(Payments.RequestsTo($"/v1/payment_intents/{intent}/capture"));
        Assert.Equal("canceled", app.Stripe.Intent(intent).Status);
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task A_price_in_another_currency_than_the_organizations_takes_the_fixed_fee_from_the_per_currency_table()
    {
        // A JPY organization's plan has ¥40 fixed; that is no fee for KWD. The table's KWD 0.100 applies instead.
        var shop = await _bookings.ShopAsync(currency: "JPY");
        var offering = await _bookings.OfferingAsync(shop, extra: Tiered());
        var priced = await _bookings.GraphQL.SendAsync(
            "mutation($id: ID!) { setPriceRules(offeringId: $id, rules: [{ role: \"public\", unitAmount: 1010, currency: \"KWD\" }]) { userErrors { code } } }",
            new { id = offering }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Empty(priced.Get("setPriceRules.userErrors").AsArray());
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, _) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, InTheHalfTier());

        var create = Assert.Single(Payments.RequestsTo("/v1/payment_intents"), r => r.Form.GetValueOrDefault("metadata[booking_id]") == Bookings.IdOf(held["id"]!.GetValue<string>()).ToString());
        Assert.Equal(("1010", "kwd", "150"), (create.Form["amount"], create.Form["currency"], create.Form["application_fee_amount"]));
        await MoneyInvariants.AssertAsync(app, shop);
    }
}
