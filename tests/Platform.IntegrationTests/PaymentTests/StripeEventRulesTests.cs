using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Features.Payments.Reconciliation;
using Platform.Api.Features.Payments.Webhooks;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.Stripe;

namespace Platform.IntegrationTests.PaymentTests;

/// <summary>
/// What Stripe tells (or fails to tell) through events: lost Checkout completions and early intent events
/// (rule 5), an inbox that loses nothing (rule 6), Dashboard refunds (rule 7), disconnected accounts (rule 10)
/// and rotated signing secrets (rule 11).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class StripeEventRulesTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private Payments Payments => _bookings.Payments;

    private async Task<(Bookings.Shop Shop, string Customer, string BookingId, string SessionId)> CheckoutAsync(long price = 3_500)
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: price);
        var customer = await _bookings.Accounts.SignUpAsync();
        var held = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() });
        var id = held["id"]!.GetValue<string>();
        var session = await _bookings.GraphQL.SendAsync(
            "mutation($i: CheckoutSessionInput!) { createCheckoutSession(input: $i) { payment { id } userErrors { code message } } }",
            new { i = new { bookingId = id, successUrl = "https://example.test/ok", cancelUrl = "https://example.test/no" } }, customer.Token, shop.Org.Slug);
        Assert.Empty(session.Get("createCheckoutSession.userErrors").AsArray());
        var sessionId = await _bookings.ScalarAsync<string>(shop.Org, "SELECT checkout_session_id FROM payments WHERE booking_id = $1", Bookings.IdOf(id));
        return (shop, customer.Token, id, sessionId!);
    }

    [Fact]
    public async Task A_checkout_whose_completion_event_was_lost_is_found_by_reconciliation()
    {
        var (shop, _, id, sessionId) = await CheckoutAsync();
        using (app.Stripe.Holding())
        {
            // The customer paid; none of Stripe's events ever arrive.
            await app.Stripe.CompleteCheckoutAsync(sessionId);
        }
        using (app.Clock.Advance(TimeSpan.FromMinutes(15)))
        {
            await app.InScopeAsync<ReconcilePaymentsJob>(job => job.RunAsync(CancellationToken.None));
        }
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Intent_events_that_come_before_the_checkout_completion_wait_for_it_and_are_then_applied()
    {
        var (shop, _, id, sessionId) = await CheckoutAsync();
        IReadOnlyList<FakeEvent> events;
        using (app.Stripe.Holding())
        {
            events = await app.Stripe.CompleteCheckoutAsync(sessionId, FakeCheckoutOrder.IntentEventsFirst);
            var early = events.Single(e => e.Type == "payment_intent.amount_capturable_updated");
            Assert.Equal(200, await app.Stripe.DeliverAsync(early));
            await Payments.EventuallyAsync(async () => (await Payments.ScalarAsync<string>("SELECT outcome FROM platform.stripe_events WHERE event_id = $1", early.Id) ?? "")
                .StartsWith("waiting", StringComparison.Ordinal), "the early event to wait for its link");
            Assert.Equal(200, await app.Stripe.DeliverAsync(events.Single(e => e.Type == "checkout.session.completed")));
            await Payments.EventuallyAsync(async () => (await Payments.ScalarAsync<string>("SELECT outcome FROM platform.stripe_events WHERE event_id = $1", early.Id) ?? "")
                .StartsWith("applied", StringComparison.Ordinal), "the early event to be applied once linked");
        }
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task An_event_stored_but_never_scheduled_is_processed_by_the_sweeper_or_by_its_redelivery()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 2_200);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        FakeEvent authorized;
        using (app.Stripe.Holding()) authorized = (await app.Stripe.AuthorizeAsync(intent)).Single(e => e.Type == "payment_intent.amount_capturable_updated");

        // What a crash between storing and queueing leaves behind: the row, due, and no job.
        await StoreOnlyAsync(authorized);
        using (app.Clock.Advance(TimeSpan.FromMinutes(2)))
        {
            await app.InScopeAsync<SweepStripeInboxJob>(job => job.RunAsync(CancellationToken.None));
            await Payments.UntilAsync(_bookings, shop, held["id"]!.GetValue<string>(), "CONFIRMED", "CAPTURED");
        }

        // A redelivery of a stored, unprocessed event gets it processed (no sweeper needed).
        var (other, otherIntent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot(2));
        using (app.Stripe.Holding()) authorized = (await app.Stripe.AuthorizeAsync(otherIntent)).Single(e => e.Type == "payment_intent.amount_capturable_updated");
        await StoreOnlyAsync(authorized);
        Assert.Equal(200, await app.Stripe.DeliverAsync(authorized));
        await Payments.UntilAsync(_bookings, shop, other["id"]!.GetValue<string>(), "CONFIRMED", "CAPTURED");
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task An_event_that_keeps_failing_goes_to_the_dead_letter_where_a_platform_administrator_sees_and_retries_it()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 2_600);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        FakeEvent authorized;
        using (app.Stripe.Holding()) authorized = (await app.Stripe.AuthorizeAsync(intent)).Single(e => e.Type == "payment_intent.amount_capturable_updated");
        await StoreOnlyAsync(authorized);
        // One failure short of the limit, and Stripe fails once more.
        await Payments.ScalarAsync<int>("UPDATE platform.stripe_events SET attempts = 11 WHERE event_id = $1 RETURNING attempts", authorized.Id);
        app.Stripe.FailNext($"/v1/payment_intents/{intent}");
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ProcessStripeEventJob>().RunAsync(authorized.Id, CancellationToken.None);
        Assert.Equal(1, await Payments.ScalarAsync<long>("SELECT count(*) FROM platform.stripe_events WHERE event_id = $1 AND dead_at IS NOT NULL", authorized.Id));

        const string Inbox = "{ paymentWebhookInbox(state: DEAD) { eventId attempts lastError } }";
        var stranger = await _bookings.Accounts.SignUpAsync();
        Assert.Equal("FORBIDDEN", (await _bookings.GraphQL.SendAsync(Inbox, null, stranger.Token, null)).FirstErrorCode);
        var admin = (await _bookings.Accounts.PlatformAdministratorAsync()).Token;
        var dead = (await _bookings.GraphQL.SendAsync(Inbox, null, admin, null)).Get("paymentWebhookInbox").AsArray();
        var row = Assert.Single(dead, e => e!["eventId"]!.GetValue<string>() == authorized.Id)!;
        Assert.Contains("PaymentGatewayException", row["lastError"]!.GetValue<string>(), StringComparison.Ordinal);

        var retried = await _bookings.GraphQL.SendAsync("mutation($id: String!) { retryPaymentWebhook(eventId: $id) { event { eventId } userErrors { code } } }",
            new { id = authorized.Id }, admin, null);
        Assert.Empty(retried.Get("retryPaymentWebhook.userErrors").AsArray());
        await Payments.UntilAsync(_bookings, shop, held["id"]!.GetValue<string>(), "CONFIRMED", "CAPTURED");
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task A_refund_made_in_the_Stripe_Dashboard_shows_on_the_booking_and_in_the_ledger_and_is_never_refunded_again()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 10_000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        var id = held["id"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intent);
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");

        await app.Stripe.RefundOutOfBandAsync(intent, 4_000);
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "PARTIALLY_REFUNDED");
        var ledger = await _bookings.GraphQL.SendAsync("query($f: DateTimeOffset!, $t: DateTimeOffset!) { ledger(from: $f, to: $t) { totals { refunded } } }",
            new { f = DateTimeOffset.UtcNow.AddDays(-1), t = DateTimeOffset.UtcNow.AddDays(1) }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Equal(4_000, ledger.Get("ledger.totals").AsArray()[0]!["refunded"]!.GetValue<long>());

        // The host cancels: everything is owed back, less what the Dashboard already gave.
        await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "cancelBooking", id);
        await Payments.UntilAsync(_bookings, shop, id, "CANCELLED", "REFUNDED");
        Assert.Equal(10_000, app.Stripe.RefundsOf(intent).Sum(r => r.Amount));
        Assert.Equal("6000", Assert.Single(Payments.RequestsTo("/v1/refunds"), r => r.Form.GetValueOrDefault("payment_intent") == intent).Form["amount"]);
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task A_disconnected_account_stops_paid_holds_and_releases_what_was_only_authorized()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 5_000, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        var id = held["id"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intent);
        await Payments.UntilAsync(_bookings, shop, id, "AWAITING_HOST", "AUTHORIZED");

        await app.Stripe.DeauthorizeAsync(shop.StripeAccountId!);
        await Payments.UntilAsync(_bookings, shop, id, "EXPIRED", "CANCELED");
        Assert.Equal("canceled", app.Stripe.Intent(intent).Status);
        var refused = await _bookings.HoldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(3), idempotencyKey = Guid.NewGuid().ToString() });
        Assert.Equal("PAYMENTS_DISCONNECTED", Bookings.ErrorCode(refused, "holdBooking"));
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task A_signature_from_a_secret_roll_verifies_and_timestamps_beyond_the_tolerance_either_way_are_refused()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 1_500);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        FakeEvent e;
        using (app.Stripe.Holding()) e = (await app.Stripe.AuthorizeAsync(intent)).Single(x => x.Type == "payment_intent.amount_capturable_updated");

        Assert.Equal(400, await app.Stripe.DeliverWithSecretsAsync(e, [app.Stripe.WebhookSecret], DateTimeOffset.UtcNow.AddMinutes(6)));
        Assert.Equal(400, await app.Stripe.DeliverWithSecretsAsync(e, [app.Stripe.WebhookSecret], DateTimeOffset.UtcNow.AddMinutes(-6)));
        Assert.Equal(400, await app.Stripe.DeliverWithSecretsAsync(e, ["whsec_old_secret_nobody_has"]));
        // During a roll Stripe signs with the old and the new secret: either one being ours is enough.
        Assert.Equal(200, await app.Stripe.DeliverWithSecretsAsync(e, ["whsec_old_secret_nobody_has", app.Stripe.WebhookSecret]));
        await Payments.UntilAsync(_bookings, shop, held["id"]!.GetValue<string>(), "CONFIRMED", "CAPTURED");
        await MoneyInvariants.AssertAsync(app, shop);
    }

    /// <summary>Stores a signed event the way the endpoint does, without queueing its processing (a crash in between).</summary>
    private async Task StoreOnlyAsync(FakeEvent e) =>
        await Payments.ScalarAsync<int>(
            """
            INSERT INTO platform.stripe_events (event_id, type, endpoint, object_id, stripe_created, received_at, payload, attempts, next_attempt_at)
            VALUES ($1, $2, 'Platform', NULL, now(), now(), $3::jsonb, 0, now() + interval '1 minute') RETURNING attempts
            """, e.Id, e.Type, e.Body);
}
