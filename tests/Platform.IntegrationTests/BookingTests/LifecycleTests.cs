using System.Globalization;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>Every transition through the API, who may take it, and the ones refused.</summary>
[Collection(PlatformCollection.Name)]
public sealed class LifecycleTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private static string Key() => Guid.NewGuid().ToString();

    private static string Status(GraphQLClient.Response response, string field) =>
        response.Get($"{field}.booking.status").GetValue<string>();

    [Fact]
    public async Task A_booking_awaiting_the_host_is_confirmed_by_its_provider_and_not_by_the_customer_or_another_provider()
    {
        var shop = await _bookings.ShopAsync();
        var (_, otherProvider) = await _bookings.ProviderAsync(shop.Org);
        var offering = await _bookings.OfferingAsync(shop, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        var booking = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Key() });
        var id = booking["id"]!.GetValue<string>();
        Assert.Equal("AWAITING_HOST", booking["status"]!.GetValue<string>());
        Assert.NotNull(booking["confirmationDeadline"]);

        Assert.Equal("NOT_ALLOWED", Bookings.ErrorCode(await _bookings.ActAsync(shop, customer.Token, "confirmBooking", id), "confirmBooking"));
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.ActAsync(shop, otherProvider.Token, "confirmBooking", id), "confirmBooking"));

        var confirmed = await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "confirmBooking", id);
        Assert.Equal("CONFIRMED", Status(confirmed, "confirmBooking"));
        var last = confirmed.Get("confirmBooking.booking.events").AsArray()[^1]!;
        Assert.Equal(("AWAITING_HOST", "CONFIRMED", "PROVIDER"), (last["from"]!.GetValue<string>(), last["to"]!.GetValue<string>(), last["actor"]!.GetValue<string>()));
        Assert.Equal("ILLEGAL_TRANSITION", Bookings.ErrorCode(await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "confirmBooking", id), "confirmBooking"));
        Assert.Equal("ILLEGAL_TRANSITION", Bookings.ErrorCode(await _bookings.ActAsync(shop, shop.Org.Owner.Token, "declineBooking", id), "declineBooking"));
    }

    [Fact]
    public async Task An_administrator_declines_with_a_reason_that_lands_in_the_audit_trail()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Key() }))["id"]!.GetValue<string>();

        var declined = await _bookings.ActAsync(shop, shop.Org.Owner.Token, "declineBooking", id, "Fully booked that week.");
        Assert.Equal("DECLINED", Status(declined, "declineBooking"));
        var last = declined.Get("declineBooking.booking.events").AsArray()[^1]!;
        Assert.Equal(("ADMINISTRATOR", "Fully booked that week."), (last["actor"]!.GetValue<string>(), last["reason"]!.GetValue<string>()));
        Assert.Equal("ILLEGAL_TRANSITION", Bookings.ErrorCode(await _bookings.ActAsync(shop, customer.Token, "cancelBooking", id), "cancelBooking"));
        // The declined time is free again.
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Key() });
    }

    [Fact]
    public async Task A_confirmed_booking_is_completed_or_a_no_show_only_after_its_start_and_then_stays_put()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot(days: 1);
        var first = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Key() }))["id"]!.GetValue<string>();
        var second = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = start.AddHours(2), idempotencyKey = Key() }))["id"]!.GetValue<string>();

        Assert.Equal("NOT_STARTED", Bookings.ErrorCode(await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "markCompleted", first), "markCompleted"));
        using (app.Clock.Freeze(start.AddHours(3)))
        {
            Assert.Equal("NOT_ALLOWED", Bookings.ErrorCode(await _bookings.ActAsync(shop, customer.Token, "markCompleted", first), "markCompleted"));
            Assert.Equal("COMPLETED", Status(await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "markCompleted", first), "markCompleted"));
            Assert.Equal("NO_SHOW", Status(await _bookings.ActAsync(shop, shop.Org.Owner.Token, "markNoShow", second), "markNoShow"));
            Assert.Equal("ILLEGAL_TRANSITION", Bookings.ErrorCode(await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "markNoShow", first), "markNoShow"));
            Assert.Equal("ILLEGAL_TRANSITION", Bookings.ErrorCode(await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "cancelBooking", second), "cancelBooking"));
        }
    }

    [Fact]
    public async Task A_customer_releases_a_paid_hold_and_the_payment_that_was_awaited_is_cancelled()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 4000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Key() }))["id"]!.GetValue<string>();

        var cancelled = await _bookings.ActAsync(shop, customer.Token, "cancelBooking", id);
        Assert.Equal("CANCELLED", Status(cancelled, "cancelBooking"));
        Assert.Equal("CANCELED", cancelled.Get("cancelBooking.booking.paymentStatus").GetValue<string>());
        Assert.Equal(0, cancelled.Get("cancelBooking.booking.cancellation.refundAmount").GetValue<long>());
        Assert.Equal("ILLEGAL_TRANSITION", Bookings.ErrorCode(await _bookings.ActAsync(shop, customer.Token, "cancelBooking", id), "cancelBooking"));
        Assert.Equal("ILLEGAL_TRANSITION", Bookings.ErrorCode(await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "confirmBooking", id), "confirmBooking"));
    }

    [Theory]
    [InlineData(24 * 60 * 60, "CUSTOMER", 100, 9999)]
    [InlineData(24 * 60 * 60 - 1, "CUSTOMER", 50, 4999)]
    [InlineData(2 * 60 * 60, "CUSTOMER", 50, 4999)]
    [InlineData(2 * 60 * 60 - 1, "CUSTOMER", 0, 0)]
    [InlineData(60, "PROVIDER", 100, 9999)]
    [InlineData(60, "ADMINISTRATOR", 100, 9999)]
    public async Task Cancelling_a_paid_booking_refunds_by_the_tier_at_the_boundary_or_in_full_for_the_host(int secondsBefore, string who, int percent, long amount)
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 9999, extra: new
        {
            cancellationPolicy = new { tiers = new[] { new { minimumNoticeMinutes = 24 * 60, refundPercent = 100 }, new { minimumNoticeMinutes = 120, refundPercent = 50 } }, rescheduleCutoffMinutes = 24 * 60 },
        });
        var customer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot(days: 4);
        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Key() }))["id"]!.GetValue<string>();
        await PaidAsync(shop, id);

        var token = who switch { "CUSTOMER" => customer.Token, "PROVIDER" => shop.ProviderPerson.Token, _ => shop.Org.Owner.Token };
        GraphQLClient.Response cancelled;
        using (app.Clock.Freeze(start.AddSeconds(-secondsBefore)))
        {
            cancelled = await _bookings.ActAsync(shop, token, "cancelBooking", id);
        }

        Assert.Equal("CANCELLED", Status(cancelled, "cancelBooking"));
        Assert.Equal(percent, cancelled.Get("cancelBooking.booking.cancellation.refundPercent").GetValue<int>());
        Assert.Equal(amount, cancelled.Get("cancelBooking.booking.cancellation.refundAmount").GetValue<long>());
        var last = cancelled.Get("cancelBooking.booking.events").AsArray()[^1]!;
        Assert.Equal(who, last["actor"]!.GetValue<string>());
        Assert.Equal(amount, System.Text.Json.Nodes.JsonNode.Parse(last["details"]!.GetValue<string>())!["refundAmount"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_refund_shown_before_cancelling_is_the_refund_given()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 8000, extra: new
        {
            cancellationPolicy = new { tiers = new[] { new { minimumNoticeMinutes = 48 * 60, refundPercent = 75 } }, rescheduleCutoffMinutes = 0 },
        });
        var customer = await _bookings.Accounts.SignUpAsync();
        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(days: 5), idempotencyKey = Key() }))["id"]!.GetValue<string>();
        Assert.Equal(0, (await _bookings.BookingAsync(shop, customer.Token, id))!["refundIfCustomerCancelsNow"]!["refundAmount"]!.GetValue<long>());
        await PaidAsync(shop, id);

        var preview = (await _bookings.BookingAsync(shop, customer.Token, id))!["refundIfCustomerCancelsNow"]!;
        var cancelled = await _bookings.ActAsync(shop, customer.Token, "cancelBooking", id);
        Assert.Equal((75, 6000L), (preview["refundPercent"]!.GetValue<int>(), preview["refundAmount"]!.GetValue<long>()));
        Assert.Equal(6000, cancelled.Get("cancelBooking.booking.cancellation.refundAmount").GetValue<long>());
    }

    [Fact]
    public async Task A_customer_reschedules_before_the_cut_off_but_not_after_while_the_host_still_can()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, extra: new { cancellationPolicy = new { tiers = Array.Empty<object>(), rescheduleCutoffMinutes = 24 * 60 } });
        var customer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot(days: 3);
        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Key() }))["id"]!.GetValue<string>();

        var moved = await Reschedule(shop, customer.Token, id, start.AddHours(1));
        Assert.Null(Bookings.ErrorCode(moved, "rescheduleBooking"));
        Assert.Equal(start.AddHours(1), DateTimeOffset.Parse(moved.Get("rescheduleBooking.booking.start").GetValue<string>(), CultureInfo.InvariantCulture));
        var evt = moved.Get("rescheduleBooking.booking.events").AsArray()[^1]!;
        Assert.Equal("RESCHEDULED", evt["kind"]!.GetValue<string>());

        using (app.Clock.Freeze(start.AddHours(1).AddHours(-23)))
        {
            Assert.Equal("RESCHEDULE_CUTOFF_PASSED", Bookings.ErrorCode(await Reschedule(shop, customer.Token, id, start.AddHours(2)), "rescheduleBooking"));
            Assert.Null(Bookings.ErrorCode(await Reschedule(shop, shop.ProviderPerson.Token, id, start.AddHours(2)), "rescheduleBooking"));
        }
        // The old times are free again; the new one is taken.
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Key() });
        Assert.Equal("SLOT_UNAVAILABLE", Bookings.ErrorCode(await _bookings.HoldAsync(shop, customer.Token, new { offeringId = offering, start = start.AddHours(2), idempotencyKey = Key() }), "holdBooking"));
    }

    [Fact]
    public async Task Rescheduling_onto_a_taken_time_changes_nothing()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot();
        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Key() }))["id"]!.GetValue<string>();
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = start.AddHours(1), idempotencyKey = Key() });

        Assert.Equal("SLOT_UNAVAILABLE", Bookings.ErrorCode(await Reschedule(shop, customer.Token, id, start.AddHours(1)), "rescheduleBooking"));
        var unchanged = await _bookings.BookingAsync(shop, customer.Token, id);
        Assert.Equal(start, DateTimeOffset.Parse(unchanged!["start"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Single(unchanged["events"]!.AsArray());
    }

    private Task<GraphQLClient.Response> Reschedule(Bookings.Shop shop, string token, string id, DateTimeOffset start) =>
        _bookings.GraphQL.SendAsync($"mutation($id: ID!, $start: DateTimeOffset!) {{ rescheduleBooking(id: $id, start: $start) {{ booking {{ {Bookings.BookingFields} }} userErrors {{ code message }} }} }}",
            new { id, start }, token, shop.Org.Slug);

    /// <summary>Plays the payments module: the hold was paid and captured.</summary>
    private Task PaidAsync(Bookings.Shop shop, string id) =>
        _bookings.ScalarAsync<int>(shop.Org, "UPDATE bookings SET status = 'Confirmed', payment_status = 'Captured' WHERE id = $1", Bookings.IdOf(id));
}
