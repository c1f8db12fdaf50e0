using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Features.Payments.Webhooks;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.Stripe;

namespace Platform.IntegrationTests.PaymentTests;

/// <summary>
/// The webhook endpoints under attack and disorder: forged, stale and missing signatures; every event
/// several times; every order of one booking's events; a crash halfway through processing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WebhookTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private Payments Payments => _bookings.Payments;

    private static string Key() => Guid.NewGuid().ToString();

    /// <summary>Delivers <paramref name="e"/> through the real endpoint and processes it now (the job may too; either way once).</summary>
    private async Task DeliverAndProcessAsync(FakeEvent e)
    {
        Assert.Equal(200, await app.Stripe.DeliverAsync(e));
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ProcessStripeEventJob>().RunAsync(e.Id, CancellationToken.None);
    }

    private async Task<long> StoredAsync(string eventId) =>
        await Payments.ScalarAsync<long>("SELECT count(*) FROM platform.stripe_events WHERE event_id = $1", eventId);

    private async Task<string> StateAsync(Bookings.Shop shop, string bookingId) =>
        await _bookings.ScalarAsync<string>(shop.Org,
            """
            SELECT b.status || '/' || b.payment_status || '/' || coalesce(b.captured_amount, -1) || '/' || coalesce(b.platform_fee, -1) || '/' || p.status || '/' || p.amount_received
                   || '/' || (SELECT count(*) FROM payment_refunds r WHERE r.booking_id = b.id) || '/' || coalesce((SELECT string_agg(r.status || ':' || r.amount, ',' ORDER BY r.sequence) FROM payment_refunds r WHERE r.booking_id = b.id), '')
            FROM bookings b JOIN payments p ON p.id = b.payment_id WHERE b.id = $1
            """, Bookings.IdOf(bookingId)) ?? "";

    private static FakeEvent Of(IEnumerable<FakeEvent> events, string type) => events.Single(e => e.Type == type);

    [Fact]
    public async Task Missing_forged_and_stale_signatures_are_refused_with_400_and_nothing_is_stored()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 2_000);
        var customer = await _bookings.Accounts.SignUpAsync();
        using (app.Stripe.Holding())
        {
            var (booking, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
            var e = Of(await app.Stripe.AuthorizeAsync(intent), "payment_intent.amount_capturable_updated");
            var before = await Payments.ScalarAsync<long>("SELECT count(*) FROM platform.stripe_events");

            Assert.Equal(400, await app.Stripe.PostSignedAsync(e, e.Body, null));
            Assert.Equal(400, await app.Stripe.PostSignedAsync(e, e.Body, ""));
            Assert.Equal(400, await app.Stripe.PostSignedAsync(e, e.Body, StripeFake.SignatureHeader("whsec_not_the_secret", e.Body)));
            Assert.Equal(400, await app.Stripe.PostSignedAsync(e, e.Body, "t=123,v1=deadbeef"));
            Assert.Equal(400, await app.Stripe.PostSignedAsync(e, e.Body, "garbage"));
            // Signed for the original body, sent with another: the amount was tampered with.
            Assert.Equal(400, await app.Stripe.PostSignedAsync(e, e.Body.Replace("\"amount\":2000", "\"amount\":1", StringComparison.Ordinal), StripeFake.SignatureHeader(app.Stripe.WebhookSecret, e.Body)));
            // A real signature, ten minutes old: a replay.
            Assert.Equal(400, await app.Stripe.PostSignedAsync(e, e.Body, StripeFake.SignatureHeader(app.Stripe.WebhookSecret, e.Body, DateTimeOffset.UtcNow.AddMinutes(-10))));
            // Each endpoint has its own secret: a platform event signed for it is refused at the Connect endpoint.
            Assert.Equal(400, await app.Stripe.PostAsync("/webhooks/stripe/connect", e.Body, StripeFake.SignatureHeader(app.Stripe.WebhookSecret, e.Body)));
            // Signed, but not an event; and far too large.
            Assert.Equal(400, await app.Stripe.PostAsync("/webhooks/stripe", "[1,2,3]", StripeFake.SignatureHeader(app.Stripe.WebhookSecret, "[1,2,3]")));
            var huge = "{\"id\":\"evt_x\",\"type\":\"x\",\"pad\":\"" + new string('a', 600_000) + "\"}";
            Assert.Equal(400, await app.Stripe.PostAsync("/webhooks/stripe", huge, StripeFake.SignatureHeader(app.Stripe.WebhookSecret, huge)));

            Assert.Equal(before, await Payments.ScalarAsync<long>("SELECT count(*) FROM platform.stripe_events"));
            Assert.Equal(0, await StoredAsync(e.Id));
            var unchanged = await _bookings.BookingAsync(shop, customer.Token, booking["id"]!.GetValue<string>());
            Assert.Equal(("HELD", "REQUIRES_PAYMENT"), (unchanged!["status"]!.GetValue<string>(), unchanged["paymentStatus"]!.GetValue<string>()));

            Assert.Equal(200, await app.Stripe.DeliverAsync(e));
            Assert.Equal(1, await StoredAsync(e.Id));
        }
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Every_event_delivered_three_times_has_one_effect()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 3_300);
        var customer = await _bookings.Accounts.SignUpAsync();
        using (app.Stripe.Holding())
        {
            var (booking, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
            var id = booking["id"]!.GetValue<string>();
            var authorization = await app.Stripe.AuthorizeAsync(intent);
            // Three at once and then three after: the inbox keeps one of each, one capture follows.
            foreach (var e in authorization)
            {
                await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => DeliverAndProcessAsync(e)));
                for (var i = 0; i < 3; i++) await DeliverAndProcessAsync(e);
                Assert.Equal(1, await StoredAsync(e.Id));
            }
            var captured = await StateAsync(shop, id);
            Assert.StartsWith("Confirmed/Captured/3300/", captured, StringComparison.Ordinal);
            var capture = app.Stripe.EventsAbout(intent).Where(e => e.Type is "payment_intent.succeeded" or "charge.captured").ToList();
            Assert.Equal(2, capture.Count);
            foreach (var e in capture)
                for (var i = 0; i < 3; i++) await DeliverAndProcessAsync(e);

            Assert.Equal(captured, await StateAsync(shop, id));
            Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intent}/capture"));
            var trail = (await _bookings.BookingAsync(shop, customer.Token, id))!["events"]!.AsArray();
            Assert.Single(trail, t => t!["kind"]!.GetValue<string>() == "STATUS_CHANGED" && t["to"]!.GetValue<string>() == "CONFIRMED");
            Assert.Single(trail, t => t!["kind"]!.GetValue<string>() == "PAYMENT_CHANGED" && t["details"]!.GetValue<string>().Contains("\"Captured\"", StringComparison.Ordinal));
        }
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Every_order_of_a_paid_bookings_events_ends_in_the_same_state()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 6_000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var types = new[] { "charge.succeeded", "payment_intent.amount_capturable_updated", "charge.captured", "payment_intent.succeeded" };
        var finals = new HashSet<string>();
        using (app.Stripe.Holding())
        {
            var index = 0;
            foreach (var order in Permutations(types))
            {
                var (booking, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot(index++));
                // Stripe's side is settled first (authorized, then captured): only the order of the news varies.
                var events = (await app.Stripe.AuthorizeAsync(intent)).Concat(await app.Stripe.CaptureOutOfBandAsync(intent)).ToList();
                foreach (var type in order) await DeliverAndProcessAsync(Of(events, type));
                // Whatever the platform asked Stripe on the way is answered too.
                foreach (var late in app.Stripe.EventsAbout(intent).Where(e => !events.Contains(e))) await DeliverAndProcessAsync(late);
                finals.Add(await StateAsync(shop, booking["id"]!.GetValue<string>()));
                // A stale "canceled" after "succeeded" changes nothing.
                await DeliverAndProcessAsync(app.Stripe.StaleIntentEvent("payment_intent.canceled", intent, "canceled"));
                finals.Add(await StateAsync(shop, booking["id"]!.GetValue<string>()));
            }
        }
        Assert.Equal("Confirmed/Captured/6000/330/Succeeded/6000/0/", Assert.Single(finals));
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Every_order_of_a_declined_then_authorized_payments_events_ends_awaiting_the_host()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 1_500, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        var types = new[] { "payment_intent.payment_failed", "charge.succeeded", "payment_intent.amount_capturable_updated" };
        var finals = new HashSet<string>();
        using (app.Stripe.Holding())
        {
            var index = 0;
            foreach (var order in Permutations(types))
            {
                var (booking, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot(index++));
                var events = (await app.Stripe.DeclineAsync(intent)).Concat(await app.Stripe.AuthorizeAsync(intent)).ToList();
                foreach (var type in order) await DeliverAndProcessAsync(Of(events, type));
                finals.Add(await StateAsync(shop, booking["id"]!.GetValue<string>()));
            }
        }
        Assert.Equal("AwaitingHost/Authorized/-1/-1/RequiresCapture/0/0/", Assert.Single(finals));
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Every_order_of_a_refunds_events_ends_refunded()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 8_000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var types = new[] { "refund.created", "refund.updated", "charge.refunded" };
        var finals = new HashSet<string>();
        app.Stripe.RefundsSucceedAtOnce = false;
        try
        {
            using (app.Stripe.Holding())
            {
                var index = 0;
                foreach (var order in Permutations(types))
                {
                    var (booking, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot(index++));
                    var id = booking["id"]!.GetValue<string>();
                    foreach (var e in await app.Stripe.AuthorizeAsync(intent)) await DeliverAndProcessAsync(e);
                    // The host cancels: everything paid goes back, through a refund that is pending at first.
                    var cancelled = await _bookings.ActAsync(shop, shop.Org.Owner.Token, "cancelBooking", id);
                    Assert.Equal(("CANCELLED", "CAPTURED"), (cancelled.Get("cancelBooking.booking.status").GetValue<string>(), cancelled.Get("cancelBooking.booking.paymentStatus").GetValue<string>()));
                    var refund = Assert.Single(app.Stripe.RefundsOf(intent));
                    var events = app.Stripe.EventsAbout(refund.Id).ToList();
                    events.AddRange(await app.Stripe.SettleRefundAsync(refund.Id));
                    foreach (var type in order) await DeliverAndProcessAsync(events.First(e => e.Type == type));
                    finals.Add(await StateAsync(shop, id));
                }
            }
        }
        finally
        {
            app.Stripe.RefundsSucceedAtOnce = true;
        }
        Assert.Equal("Cancelled/Refunded/8000/430/Succeeded/8000/1/Succeeded:8000", Assert.Single(finals));
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Theory]
    [InlineData(FakeFailure.Before)]
    [InlineData(FakeFailure.AfterActing)]
    [InlineData(FakeFailure.ConnectionLost)]
    public async Task A_capture_whose_outcome_is_unknown_is_settled_by_reading_the_intent_back_never_captured_twice(FakeFailure failure)
    {
        // Stripe saves a 5xx for its idempotency key and replays it: the old retry under the same key never captured
        // (Before) or kept asking (AfterActing). Now the intent is read back, and asked again under a new key only if
        // the read shows nothing was captured.
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 4_400);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (booking, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        app.Stripe.FailNext($"/v1/payment_intents/{intent}/capture", failure);

        var authorization = (await app.Stripe.AuthorizeAsync(intent)).Select(e => e.Id).ToArray();
        await Payments.UntilAsync(_bookings, shop, booking["id"]!.GetValue<string>(), "CONFIRMED", "CAPTURED");
        await Payments.DrainedAsync();

        var captures = Payments.RequestsTo($"/v1/payment_intents/{intent}/capture");
        Assert.NotEqual(200, captures[0].Status);
        if (failure == FakeFailure.Before)
        {
            Assert.Equal(2, captures.Count);
            Assert.Equal(200, captures[1].Status);
            Assert.NotEqual(captures[0].IdempotencyKey, captures[1].IdempotencyKey);
        }
        else
        {
            Assert.Single(captures);
        }
        Assert.Equal(4_400, app.Stripe.Intent(intent).AmountReceived);
        Assert.Equal(0, await Payments.ScalarAsync<long>("SELECT count(*) FROM platform.stripe_events WHERE event_id = ANY($1) AND processed_at IS NULL", (object)authorization));
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Unknown_event_types_are_stored_and_ignored()
    {
        var body = new JsonObject
        {
            ["id"] = "evt_unknown_" + Guid.NewGuid().ToString("N"),
            ["object"] = "event",
            ["type"] = "customer.created",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["data"] = new JsonObject { ["object"] = new JsonObject { ["id"] = "cus_123", ["object"] = "customer" } },
        }.ToJsonString();
        Assert.Equal(200, await app.Stripe.PostAsync("/webhooks/stripe", body, StripeFake.SignatureHeader(app.Stripe.WebhookSecret, body)));
        var id = JsonNode.Parse(body)!["id"]!.GetValue<string>();
        await Payments.EventuallyAsync(async () => await Payments.ScalarAsync<string>("SELECT outcome FROM platform.stripe_events WHERE event_id = $1", id) is not null, "the unknown event to be processed");
        Assert.StartsWith("ignored", await Payments.ScalarAsync<string>("SELECT outcome FROM platform.stripe_events WHERE event_id = $1", id), StringComparison.Ordinal);
    }

    private static IEnumerable<string[]> Permutations(string[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
            foreach (var rest in Permutations([.. items[..i], .. items[(i + 1)..]]))
                yield return [items[i], .. rest];
    }
}
