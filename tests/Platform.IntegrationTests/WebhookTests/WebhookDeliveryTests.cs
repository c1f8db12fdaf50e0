using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebhookTests;

/// <summary>Outgoing webhooks end to end: a real receiver on loopback (the shared host sets Webhooks:AllowLoopback).</summary>
[Collection(PlatformCollection.Name)]
public sealed class WebhookDeliveryTests(PlatformApp app) : IAsyncLifetime
{
    private readonly Bookings _bookings = new(app);
    private WebhookReceiver _receiver = null!;
    private WebhookAdmin _admin = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _admin = new WebhookAdmin(app, _bookings);
    }

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    private async Task<(Bookings.Shop Shop, string Offering, Accounts.Person Customer)> ShopAsync()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        return (shop, await _bookings.OfferingAsync(shop), await _bookings.Accounts.SignUpAsync());
    }

    private async Task<string> BookAsync(Bookings.Shop shop, string offering, Accounts.Person customer, int hours = 0) =>
        (await _bookings.HeldAsync(shop, customer.Token,
            new { offeringId = offering, start = Bookings.Slot(hours), idempotencyKey = Guid.NewGuid().ToString() }))["id"]!.GetValue<string>();

    [Fact]
    public async Task A_free_booking_sends_one_signed_booking_confirmed_that_verifies_with_the_documented_recipe()
    {
        var (shop, offering, customer) = await ShopAsync();
        var (endpointId, secret) = await _admin.CreateAsync(shop.Org, _receiver.Url, "booking.confirmed", "booking.cancelled");
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);

        var bookingId = await BookAsync(shop, offering, customer);

        var call = await Eventually.ValueAsync(() => _receiver.Call(0), "the booking.confirmed call");
        Assert.True(WebhookReceiver.Verifies(call, secret), call.Signature);
        Assert.False(WebhookReceiver.Verifies(call, secret + "x"));
        Assert.Equal(1, WebhookReceiver.SignatureCount(call));
        Assert.Equal("application/json", call.ContentType);
        Assert.Equal("Platform-Webhooks/1", call.UserAgent);
        var body = call.Json;
        Assert.Equal("booking.confirmed", body["type"]!.GetValue<string>());
        Assert.Equal(call.WebhookId, body["id"]!.GetValue<string>());
        Assert.StartsWith("evt_", call.WebhookId, StringComparison.Ordinal);
        Assert.Equal("2026-12-01", body["api_version"]!.GetValue<string>());
        Assert.Equal(shop.Org.Id, body["organization"]!["id"]!.GetValue<string>());
        Assert.Equal(shop.Org.Slug, body["organization"]!["slug"]!.GetValue<string>());
        var booking = body["data"]!["booking"]!;
        Assert.Equal(bookingId, booking["id"]!.GetValue<string>());
        Assert.Equal("CONFIRMED", booking["status"]!.GetValue<string>());
        Assert.Equal(offering, booking["offering"]!["id"]!.GetValue<string>());
        Assert.Equal(shop.ProviderId, booking["provider"]!["id"]!.GetValue<string>());
        Assert.Equal(customer.Email, booking["customer"]!["email"]!.GetValue<string>());
        Assert.Equal(0, booking["price"]!["amount"]!.GetValue<long>());

        var delivery = Assert.Single(await _admin.DeliveriesWhenAsync(shop.Org, endpointId,
            d => d.Count == 1 && d[0]!["state"]!.GetValue<string>() == "SENT", "the delivery recorded as sent"))!;
        Assert.Equal("booking.confirmed", delivery["eventType"]!.GetValue<string>());
        Assert.Equal(call.WebhookId, delivery["eventId"]!.GetValue<string>());
        Assert.Equal(1, delivery["attempts"]!.GetValue<int>());
        Assert.Equal(200, delivery["lastStatusCode"]!.GetValue<int>());
        Assert.NotNull(delivery["lastDurationMs"]);
        Assert.NotNull(delivery["sentAt"]);
    }

    [Fact]
    public async Task A_500_is_retried_after_the_backoff_with_the_same_bytes_and_id()
    {
        var (shop, offering, customer) = await ShopAsync();
        var (endpointId, secret) = await _admin.CreateAsync(shop.Org, _receiver.Url);
        _receiver.Respond = (n, _) => Task.FromResult(n == 0 ? 500 : 200);

        await BookAsync(shop, offering, customer);
        var failed = await _admin.DeliveriesWhenAsync(shop.Org, endpointId,
            d => d.Count == 1 && d[0]!["lastStatusCode"]?.GetValue<int>() == 500, "the first attempt answered 500");
        Assert.Equal("PENDING", failed[0]!["state"]!.GetValue<string>());
        Assert.NotNull(failed[0]!["nextAttemptAt"]);

        using (_admin.SkipBackoff(shop.Org))
        {
            await Eventually.TrueAsync(() => _receiver.Calls.Count == 2, "the retry", () => $"{_receiver.Calls.Count} calls");
            var sent = await _admin.DeliveriesWhenAsync(shop.Org, endpointId, d => d[0]!["state"]!.GetValue<string>() == "SENT", "sent");
            Assert.Equal(2, sent[0]!["attempts"]!.GetValue<int>());
        }

        var calls = _receiver.Calls;
        Assert.Equal(calls[0].Body, calls[1].Body);
        Assert.Equal(calls[0].WebhookId, calls[1].WebhookId);
        Assert.True(WebhookReceiver.Verifies(calls[1], secret));
    }

    [Fact]
    public async Task A_receiver_slower_than_the_timeout_is_retried()
    {
        // The shared host sets Webhooks:TimeoutSeconds=3 (the default is 10).
        var (shop, offering, customer) = await ShopAsync();
        var (endpointId, _) = await _admin.CreateAsync(shop.Org, _receiver.Url);
        _receiver.Respond = async (n, context) =>
        {
            if (n == 0) await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return 200;
        };

        await BookAsync(shop, offering, customer);
        var timedOut = await _admin.DeliveriesWhenAsync(shop.Org, endpointId,
            d => d.Count == 1 && d[0]!["lastError"] is not null, "the first attempt timed out");
        Assert.Contains("No answer within 3 s", timedOut[0]!["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(timedOut[0]!["lastStatusCode"]);
        Assert.Equal("PENDING", timedOut[0]!["state"]!.GetValue<string>());

        using (_admin.SkipBackoff(shop.Org))
        {
            await _admin.DeliveriesWhenAsync(shop.Org, endpointId, d => d[0]!["state"]!.GetValue<string>() == "SENT", "the retry sent");
        }

        Assert.Equal(2, _receiver.Calls.Count);
    }

    [Fact]
    public async Task One_booking_is_heard_in_order_a_later_event_waits_for_an_earlier_one_being_retried()
    {
        var (shop, offering, customer) = await ShopAsync();
        var (endpointId, _) = await _admin.CreateAsync(shop.Org, _receiver.Url, "booking.confirmed", "booking.cancelled");
        _receiver.Respond = (n, _) => Task.FromResult(n == 0 ? 500 : 200);

        var bookingId = await BookAsync(shop, offering, customer);
        await _admin.DeliveriesWhenAsync(shop.Org, endpointId, d => d.Count == 1 && d[0]!["attempts"]!.GetValue<int>() == 1, "failed once");
        var cancelled = await _bookings.ActAsync(shop, customer.Token, "cancelBooking", bookingId);
        Assert.Empty(cancelled.Get("cancelBooking.userErrors").AsArray());

        // Positive control: the cancellation's delivery exists, and rounds ran after it, yet nothing more was called.
        await _admin.DeliveriesWhenAsync(shop.Org, endpointId, d => d.Count == 2, "the booking.cancelled delivery planned");
        await _admin.RoundsAsync(shop.Org);
        Assert.Single(_receiver.Calls);

        using (_admin.SkipBackoff(shop.Org))
        {
            await Eventually.TrueAsync(() => _receiver.Calls.Count == 3, "both delivered", () => $"{_receiver.Calls.Count} calls");
        }

        var types = _receiver.Calls.Select(c => c.Json["type"]!.GetValue<string>()).ToList();
        Assert.Equal(["booking.confirmed", "booking.confirmed", "booking.cancelled"], types);
        Assert.Equal("CANCELLED", _receiver.Calls[2].Json["data"]!["booking"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_redelivery_sends_the_same_body_with_the_same_webhook_id_as_a_new_delivery()
    {
        var (shop, offering, customer) = await ShopAsync();
        var (endpointId, secret) = await _admin.CreateAsync(shop.Org, _receiver.Url);
        await BookAsync(shop, offering, customer);
        var sent = await _admin.DeliveriesWhenAsync(shop.Org, endpointId, d => d.Count == 1 && d[0]!["state"]!.GetValue<string>() == "SENT", "sent");

        var result = await _admin.MutateAsync(shop.Org, "redeliverWebhook", "RedeliverWebhookInput",
            new { deliveryId = sent[0]!["id"]!.GetValue<string>() }, "delivery { id eventId state }");
        Assert.Empty(result.Get("redeliverWebhook.userErrors").AsArray());
        Assert.NotEqual(sent[0]!["id"]!.GetValue<string>(), result.Get("redeliverWebhook.delivery.id").GetValue<string>());

        await Eventually.TrueAsync(() => _receiver.Calls.Count == 2, "the redelivery", () => $"{_receiver.Calls.Count} calls");
        var calls = _receiver.Calls;
        Assert.Equal(calls[0].WebhookId, calls[1].WebhookId);
        Assert.Equal(calls[0].Body, calls[1].Body);
        Assert.True(WebhookReceiver.Verifies(calls[1], secret));
        await _admin.DeliveriesWhenAsync(shop.Org, endpointId, d => d.Count == 2 && d.All(x => x!["state"]!.GetValue<string>() == "SENT"),
            "two sent deliveries");
    }

    [Fact]
    public async Task After_a_rotation_a_test_event_carries_two_signatures_one_per_secret()
    {
        var (shop, _, _) = await ShopAsync();
        var (endpointId, oldSecret) = await _admin.CreateAsync(shop.Org, _receiver.Url);
        var rotated = await _admin.MutateAsync(shop.Org, "rotateWebhookSecret", "RotateWebhookSecretInput",
            new { id = endpointId, graceHours = 24 }, "secret endpoint { previousSecretExpiresAt }");
        Assert.Empty(rotated.Get("rotateWebhookSecret.userErrors").AsArray());
        var newSecret = rotated.Get("rotateWebhookSecret.secret").GetValue<string>();
        Assert.NotEqual(oldSecret, newSecret);
        Assert.NotNull(rotated.Get("rotateWebhookSecret.endpoint.previousSecretExpiresAt"));

        var test = await _admin.MutateAsync(shop.Org, "sendTestWebhook", "SendTestWebhookInput", new { endpointId }, "eventId");
        Assert.Empty(test.Get("sendTestWebhook.userErrors").AsArray());

        var call = await Eventually.ValueAsync(() => _receiver.Call(0), "the test call");
        Assert.Equal("webhook.test", call.Json["type"]!.GetValue<string>());
        Assert.Equal(test.Get("sendTestWebhook.eventId").GetValue<string>(), call.WebhookId);
        Assert.Equal(2, WebhookReceiver.SignatureCount(call));
        Assert.True(WebhookReceiver.Verifies(call, newSecret));
        Assert.True(WebhookReceiver.Verifies(call, oldSecret));

        // After the grace, only the new secret signs.
        using (app.Clock.Advance(TimeSpan.FromHours(25)))
        {
            await _admin.MutateAsync(shop.Org, "sendTestWebhook", "SendTestWebhookInput", new { endpointId }, "eventId");
            var later = await Eventually.ValueAsync(() => _receiver.Call(1), "the second test call");
            Assert.Equal(1, WebhookReceiver.SignatureCount(later));
            Assert.True(WebhookReceiver.Verifies(later, newSecret));
            Assert.False(WebhookReceiver.Verifies(later, oldSecret));
        }
    }
}
