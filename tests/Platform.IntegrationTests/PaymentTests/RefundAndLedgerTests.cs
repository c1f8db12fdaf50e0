using System.Globalization;
using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.PaymentTests;

/// <summary>Refunds by the cancellation terms, disputes, money captured for a lost slot, the ledger and payouts.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RefundAndLedgerTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private Payments Payments => _bookings.Payments;

    private static object Tiered => new
    {
        cancellationPolicy = new
        {
            tiers = new[] { new { minimumNoticeMinutes = 48 * 60, refundPercent = 100 }, new { minimumNoticeMinutes = 24 * 60, refundPercent = 50 } },
            rescheduleCutoffMinutes = 0,
        },
    };

    /// <summary>A start on the hour, <paramref name="hours"/> from now.</summary>
    private static DateTimeOffset HoursAhead(int hours)
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(hours + 1);
    }

    private async Task<(string Id, string Intent)> CapturedAsync(Bookings.Shop shop, Accounts.Person customer, string offering, DateTimeOffset start)
    {
        var (booking, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, start);
        var id = booking["id"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intent);
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");
        return (id, intent);
    }

    [Fact]
    public async Task Refund_tiers_send_the_right_amounts_and_parameters_and_a_partial_refund_reads_partially_refunded()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 10_000, extra: Tiered);
        var customer = await _bookings.Accounts.SignUpAsync();
        var full = await CapturedAsync(shop, customer, offering, HoursAhead(72));
        var half = await CapturedAsync(shop, customer, offering, HoursAhead(36));
        var none = await CapturedAsync(shop, customer, offering, HoursAhead(12));

        app.Stripe.RefundsSucceedAtOnce = false;
        try
        {
            foreach (var (id, _) in new[] { full, half, none })
                Assert.Empty((await _bookings.ActAsync(shop, customer.Token, "cancelBooking", id)).Get("cancelBooking.userErrors").AsArray());

            var fullRefund = Assert.Single(Payments.RequestsTo("/v1/refunds"), r => r.Form["payment_intent"] == full.Intent);
            var halfRefund = Assert.Single(Payments.RequestsTo("/v1/refunds"), r => r.Form["payment_intent"] == half.Intent);
            Assert.DoesNotContain(Payments.RequestsTo("/v1/refunds"), r => r.Form["payment_intent"] == none.Intent);
            Assert.Equal(("10000", "true", "true"), (fullRefund.Form["amount"], fullRefund.Form["reverse_transfer"], fullRefund.Form["refund_application_fee"]));
            Assert.Equal(("5000", "true", "true"), (halfRefund.Form["amount"], halfRefund.Form["reverse_transfer"], halfRefund.Form["refund_application_fee"]));
            Assert.Equal($"refund:{Bookings.IdOf(half.Id):N}:1", halfRefund.IdempotencyKey);
            Assert.Equal(Bookings.IdOf(half.Id).ToString(), halfRefund.Form["metadata[booking_id]"]);

            // Pending at Stripe: still captured. Settled: refunded, partly refunded.
            var pending = await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { paymentStatus refunds { amount status reason } } } }", new { id = half.Id }, customer.Token, shop.Org.Slug);
            Assert.Equal("CAPTURED", pending.Get("node.paymentStatus").GetValue<string>());
            Assert.Equal(("PENDING", 5000L), (pending.Get("node.refunds").AsArray()[0]!["status"]!.GetValue<string>(), pending.Get("node.refunds").AsArray()[0]!["amount"]!.GetValue<long>()));
            foreach (var (_, intent) in new[] { full, half }) await app.Stripe.SettleRefundAsync(Assert.Single(app.Stripe.RefundsOf(intent)).Id);
            await Payments.UntilAsync(_bookings, shop, full.Id, "CANCELLED", "REFUNDED");
            await Payments.UntilAsync(_bookings, shop, half.Id, "CANCELLED", "PARTIALLY_REFUNDED");
            await Payments.UntilAsync(_bookings, shop, none.Id, "CANCELLED", "CAPTURED");

            // The ledger: the fee goes back in proportion to the refund.
            var ledger = await LedgerAsync(shop, shop.Org.Owner.Token);
            var entries = ledger["entries"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToDictionary(n => n["booking"]!["id"]!.GetValue<string>());
            Assert.Equal((10_000L, 0L, 10_000L, 0L), Money(entries[full.Id]));
            Assert.Equal((10_000L, 265L, 5_000L, 4_735L), Money(entries[half.Id]));
            Assert.Equal((10_000L, 530L, 0L, 9_470L), Money(entries[none.Id]));
            var total = Assert.Single(ledger["totals"]!.AsArray())!;
            Assert.Equal(("USD", 30_000L, 795L, 15_000L, 14_205L, 3), (total["currency"]!.GetValue<string>(), total["gross"]!.GetValue<long>(), total["platformFee"]!.GetValue<long>(), total["refunded"]!.GetValue<long>(), total["net"]!.GetValue<long>(), total["bookings"]!.GetValue<int>()));
            Assert.Equal(14_205L, ledger["periods"]!.AsArray().Sum(p => p!["net"]!.GetValue<long>()));
        }
        finally
        {
            app.Stripe.RefundsSucceedAtOnce = true;
        }
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task A_failed_refund_is_tracked_and_flagged_not_retried_blindly()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 3_000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (id, intent) = await CapturedAsync(shop, customer, offering, Bookings.Slot());
        app.Stripe.RefundsSucceedAtOnce = false;
        try
        {
            await _bookings.ActAsync(shop, shop.Org.Owner.Token, "cancelBooking", id);
            await app.Stripe.SettleRefundAsync(Assert.Single(app.Stripe.RefundsOf(intent)).Id, succeeded: false);
            await Payments.DrainedAsync();
            var booking = await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { paymentStatus paymentFlag refunds { status failureReason } } } }", new { id }, shop.Org.Owner.Token, shop.Org.Slug);
            Assert.Equal("CAPTURED", booking.Get("node.paymentStatus").GetValue<string>());
            Assert.Equal(("FAILED", "expired_or_canceled_card"), (booking.Get("node.refunds").AsArray()[0]!["status"]!.GetValue<string>(), booking.Get("node.refunds").AsArray()[0]!["failureReason"]!.GetValue<string>()));
            Assert.Contains("failed", booking.Get("node.paymentFlag").GetValue<string>(), StringComparison.Ordinal);
            Assert.Single(app.Stripe.RefundsOf(intent));
        }
        finally
        {
            app.Stripe.RefundsSucceedAtOnce = true;
        }
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task A_dispute_flags_the_booking_records_it_and_its_outcome_settles_the_payment_status()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 6_600);
        var customer = await _bookings.Accounts.SignUpAsync();
        var won = await CapturedAsync(shop, customer, offering, Bookings.Slot(0));
        var lost = await CapturedAsync(shop, customer, offering, Bookings.Slot(1));

        foreach (var (_, intent) in new[] { won, lost }) await app.Stripe.DisputeAsync(intent, "product_not_received");
        var disputed = await Payments.UntilAsync(_bookings, shop, won.Id, "CONFIRMED", "DISPUTED");
        var flagged = await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { paymentFlag } } }", new { id = won.Id }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Contains("product_not_received", flagged.Get("node.paymentFlag").GetValue<string>(), StringComparison.Ordinal);
        // Recorded in the trail, where the administrators' notification reads it.
        Assert.Contains(disputed["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "PAYMENT_CHANGED" && e["reason"]!.GetValue<string>().Contains("Disputed", StringComparison.Ordinal));
        // Only staff see the flag.
        var asCustomer = await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { paymentFlag } } }", new { id = won.Id }, customer.Token, shop.Org.Slug);
        Assert.Null(asCustomer.Data!["node"]!["paymentFlag"]);

        await app.Stripe.CloseDisputeAsync(won.Intent, won: true);
        await app.Stripe.CloseDisputeAsync(lost.Intent, won: false);
        await Payments.UntilAsync(_bookings, shop, won.Id, "CONFIRMED", "CAPTURED");
        await Payments.UntilAsync(_bookings, shop, lost.Id, "CONFIRMED", "REFUNDED");
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Money_captured_for_a_booking_that_lost_its_slot_is_refunded_automatically_and_flagged()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 4_200);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (captured, capturedIntent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot(0));
        var (authorized, authorizedIntent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot(1));
        // The cards go through at the last moment, but the news is late: the holds run out first. One was even captured by someone.
        using (app.Stripe.Holding())
        {
            await app.Stripe.AuthorizeAsync(authorizedIntent);
            await app.Stripe.AuthorizeAsync(capturedIntent);
            await app.Stripe.CaptureOutOfBandAsync(capturedIntent);
        }
        using (app.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            await app.InScopeAsync<Platform.Api.Features.Bookings.Expiry.ExpireBookingsJob>(job => job.RunAsync(CancellationToken.None));

            await Payments.UntilAsync(_bookings, shop, captured["id"]!.GetValue<string>(), "EXPIRED", "REFUNDED");
            var refund = Assert.Single(Payments.RequestsTo("/v1/refunds"), r => r.Form["payment_intent"] == capturedIntent);
            Assert.Equal(("4200", "true", "true"), (refund.Form["amount"], refund.Form["reverse_transfer"], refund.Form["refund_application_fee"]));
            var flag = await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { paymentFlag } } }", new { id = captured["id"]!.GetValue<string>() }, shop.Org.Owner.Token, shop.Org.Slug);
            Assert.Contains("refunded automatically", flag.Get("node.paymentFlag").GetValue<string>(), StringComparison.Ordinal);

            // The late authorization is simply released.
            await Payments.UntilAsync(_bookings, shop, authorized["id"]!.GetValue<string>(), "EXPIRED", "CANCELED");
            Assert.Equal("canceled", app.Stripe.Intent(authorizedIntent).Status);
            Assert.Empty(Payments.RequestsTo($"/v1/payment_intents/{authorizedIntent}/capture"));
        }
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Administrators_read_payouts_newest_first_and_a_ledger_by_period()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 1_000);
        var customer = await _bookings.Accounts.SignUpAsync();
        await CapturedAsync(shop, customer, offering, Bookings.Slot(0));
        await CapturedAsync(shop, customer, offering, Bookings.Slot(1));
        await app.Stripe.PayoutAsync(shop.StripeAccountId!, 1_500);
        await app.Stripe.PayoutAsync(shop.StripeAccountId!, 700, paid: false);
        await Payments.DrainedAsync();

        var payouts = await _bookings.GraphQL.SendAsync("{ payouts(first: 10) { edges { node { amount currency status failureCode arrivalDate } } } }", null, shop.Org.Owner.Token, shop.Org.Slug);
        var nodes = payouts.Get("payouts.edges").AsArray().Select(e => e!["node"]!).ToList();
        Assert.Equal(2, nodes.Count);
        Assert.Equal(("failed", 700L, "account_closed"), (nodes[0]["status"]!.GetValue<string>(), nodes[0]["amount"]!.GetValue<long>(), nodes[0]["failureCode"]!.GetValue<string>()));
        Assert.Equal(("paid", 1_500L, "USD"), (nodes[1]["status"]!.GetValue<string>(), nodes[1]["amount"]!.GetValue<long>(), nodes[1]["currency"]!.GetValue<string>()));

        var ledger = await LedgerAsync(shop, shop.Org.Owner.Token, "DAY", first: 1);
        Assert.Single(ledger["entries"]!["edges"]!.AsArray());
        Assert.True(ledger["entries"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var next = await LedgerAsync(shop, shop.Org.Owner.Token, "DAY", first: 1, after: ledger["entries"]!["pageInfo"]!["endCursor"]!.GetValue<string>());
        Assert.NotEqual(ledger["entries"]!["edges"]![0]!["node"]!["booking"]!["id"]!.GetValue<string>(), next["entries"]!["edges"]![0]!["node"]!["booking"]!["id"]!.GetValue<string>());
        var day = Assert.Single(ledger["periods"]!.AsArray())!;
        Assert.Equal((2_000L, 2 * 80L, 2, DateTimeOffset.UtcNow.Date), (day["gross"]!.GetValue<long>(), day["platformFee"]!.GetValue<long>(), day["bookings"]!.GetValue<int>(),
            DateTimeOffset.Parse(day["start"]!.GetValue<string>(), CultureInfo.InvariantCulture).UtcDateTime.Date));

        // Customers and providers do not see the money.
        var refused = await _bookings.GraphQL.SendAsync("{ payouts(first: 1) { edges { node { amount } } } }", null, shop.ProviderPerson.Token, shop.Org.Slug);
        Assert.NotNull(refused.Errors);
        var tooLong = await _bookings.GraphQL.SendAsync("query($from: DateTimeOffset!, $to: DateTimeOffset!) { ledger(from: $from, to: $to) { totals { net } } }",
            new { from = DateTimeOffset.UtcNow.AddYears(-2), to = DateTimeOffset.UtcNow }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Equal("INVALID_RANGE", tooLong.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Only_platform_administrators_set_an_organizations_fee_plan_and_new_payments_use_it()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 10_000);
        const string Mutation = "mutation { setPlatformFee(basisPoints: 1000, fixedAmount: 50) { account { feePlan { basisPoints fixedAmount } } userErrors { code } } }";
        Assert.Equal("FORBIDDEN", Bookings.ErrorCode(await _bookings.GraphQL.SendAsync(Mutation, null, shop.Org.Owner.Token, shop.Org.Slug), "setPlatformFee"));

        var admin = await _bookings.Accounts.PlatformAdministratorAsync();
        var set = await _bookings.GraphQL.SendAsync(Mutation, null, admin.Token, shop.Org.Slug);
        Assert.Equal(1000, set.Get("setPlatformFee.account.feePlan.basisPoints").GetValue<int>());
        var invalid = await _bookings.GraphQL.SendAsync("mutation { setPlatformFee(basisPoints: 9000, fixedAmount: 0) { userErrors { code } } }", null, admin.Token, shop.Org.Slug);
        Assert.Equal("INVALID_FEE", Bookings.ErrorCode(invalid, "setPlatformFee"));

        var customer = await _bookings.Accounts.SignUpAsync();
        var (booking, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        Assert.Equal("1050", Assert.Single(Payments.RequestsTo("/v1/payment_intents"), r => r.Form["metadata[booking_id]"] == Bookings.IdOf(booking["id"]!.GetValue<string>()).ToString()).Form["application_fee_amount"]);
        await app.Stripe.AuthorizeAsync(intent);
        await Payments.UntilAsync(_bookings, shop, booking["id"]!.GetValue<string>(), "CONFIRMED", "CAPTURED");
        Assert.Equal("1050", Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intent}/capture")).Form["application_fee_amount"]);
        await MoneyInvariants.AssertAsync(app, shop);
    }

    private async Task<JsonNode> LedgerAsync(Bookings.Shop shop, string token, string interval = "MONTH", int first = 50, string? after = null)
    {
        var result = await _bookings.GraphQL.SendAsync(
            """
            query($from: DateTimeOffset!, $to: DateTimeOffset!, $interval: LedgerInterval, $first: Int, $after: String) {
              ledger(from: $from, to: $to, interval: $interval) {
                totals { currency gross platformFee refunded net bookings }
                periods { start currency gross platformFee refunded net bookings }
                entries(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { booking { id } currency gross platformFee refunded net paymentStatus } } }
              }
            }
            """,
            new { from = DateTimeOffset.UtcNow.AddDays(-1), to = DateTimeOffset.UtcNow.AddDays(1), interval, first, after }, token, shop.Org.Slug);
        Assert.True(result.Errors is null, result.Body?.ToJsonString() + app.Logs.ErrorsSince(DateTimeOffset.UtcNow.AddSeconds(-5)));
        return result.Get("ledger");
    }

    private static (long Gross, long Fee, long Refunded, long Net) Money(JsonNode entry) =>
        (entry["gross"]!.GetValue<long>(), entry["platformFee"]!.GetValue<long>(), entry["refunded"]!.GetValue<long>(), entry["net"]!.GetValue<long>());
}
