using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.NotificationTests;

/// <summary>
/// The outbox through the public API: what a booking's life plans (its reminders), what it calls off, who may see
/// the deliveries, and the events code writes beside booking events.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OutboxTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private const string Deliveries = """
        query($b: ID, $s: DeliveryState) { notificationDeliveries(channel: EMAIL, bookingId: $b, state: $s, first: 100) {
          totalCount edges { node { message state recipient nextAttemptAt language bookingId } } } }
        """;

    private async Task<List<JsonNode>> RemindersAsync(Bookings.Shop shop, string bookingId, string? state = null)
    {
        var result = await _bookings.GraphQL.SendAsync(Deliveries, new { b = bookingId, s = state }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Null(result.Errors);
        return [.. result.Get("notificationDeliveries.edges").AsArray().Select(e => e!["node"]!)
            .Where(n => n["message"]!.GetValue<string>() == "booking_reminder")];
    }

    private async Task<List<JsonNode>> EventuallyRemindersAsync(Bookings.Shop shop, string bookingId, string state, int count)
    {
        List<JsonNode> seen = [];
        await Eventually.TrueAsync(async () => (seen = await RemindersAsync(shop, bookingId, state)).Count == count,
            $"{count} {state} reminders of {bookingId}");
        return seen;
    }

    [Fact]
    public async Task A_confirmed_booking_is_reminded_a_day_and_an_hour_before_and_a_move_or_a_cancellation_calls_the_reminders_off()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot(days: 3);
        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() }))["id"]!
            .GetValue<string>();

        var planned = await EventuallyRemindersAsync(shop, id, "PENDING", 2);
        var due = planned.Select(n => DateTimeOffset.Parse(n["nextAttemptAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))
            .Order().ToList();
        Assert.Equal([start.AddDays(-1), start.AddHours(-1)], due);
        Assert.All(planned, n => Assert.Equal(customer.Email, n["recipient"]!.GetValue<string>()));

        var moved = await _bookings.GraphQL.SendAsync(
            "mutation($id: ID!, $s: DateTimeOffset!) { rescheduleBooking(id: $id, start: $s) { userErrors { code } } }",
            new { id, s = start.AddHours(2) }, customer.Token, shop.Org.Slug);
        Assert.Empty(moved.Get("rescheduleBooking.userErrors").AsArray());
        await EventuallyRemindersAsync(shop, id, "CANCELLED", 2);
        var replanned = await EventuallyRemindersAsync(shop, id, "PENDING", 2);
        Assert.Contains(replanned, n => DateTimeOffset.Parse(n["nextAttemptAt"]!.GetValue<string>(),
            System.Globalization.CultureInfo.InvariantCulture) == start.AddHours(1));

        Assert.Equal("CANCELLED", (await _bookings.ActAsync(shop, customer.Token, "cancelBooking", id)).Get("cancelBooking.booking.status")
            .GetValue<string>());
        await EventuallyRemindersAsync(shop, id, "CANCELLED", 4);
        Assert.Empty(await RemindersAsync(shop, id, "PENDING"));
    }

    [Fact]
    public async Task A_reminder_goes_out_at_its_time_by_the_clock_and_the_later_one_waits()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot(days: 3);
        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() }))["id"]!
            .GetValue<string>();
        await EventuallyRemindersAsync(shop, id, "PENDING", 2);
        // The confirmation (with its invite) has gone out before the clock moves.
        await Eventually.TrueAsync(() => Mailbox.To(app, customer.Email).Any(m => m.Contains("BEGIN:VCALENDAR", StringComparison.Ordinal)),
            "the confirmation email");
        var mailsBefore = Mailbox.To(app, customer.Email).Count;

        using (app.Clock.Advance(start.AddDays(-1).AddMinutes(1) - DateTimeOffset.UtcNow))
        {
            app.Service<Platform.Api.Features.Notifications.Dispatch.OutboxDispatcher>().Wake(Catalog.Id(shop.Org.Id, "Organization"));
            var sent = await EventuallyRemindersAsync(shop, id, "SENT", 1);
            Assert.Equal(start.AddDays(-1), DateTimeOffset.Parse(sent[0]["nextAttemptAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
            var hourBefore = Assert.Single(await RemindersAsync(shop, id, "PENDING"));
            Assert.Equal(start.AddHours(-1), DateTimeOffset.Parse(hourBefore["nextAttemptAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        }

        var mails = Mailbox.To(app, customer.Email);
        Assert.Equal(mailsBefore + 1, mails.Count);
        Assert.DoesNotContain("BEGIN:VCALENDAR", mails[^1], StringComparison.Ordinal);
        Assert.Contains(start.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), mails[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organization_without_reminders_plans_none_and_a_bad_reminder_setting_is_refused_without_change()
    {
        var shop = await _bookings.ShopAsync();
        const string update = "mutation($i: BookingSettingsInput!) { updateBookingSettings(input: $i) { settings { reminderMinutes } userErrors { code field } } }";
        var refused = await _bookings.GraphQL.SendAsync(update, new { i = new { reminderMinutes = new[] { 1 } } }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Equal("INVALID_REMINDER_MINUTES", Bookings.ErrorCode(refused, "updateBookingSettings"));
        var none = await _bookings.GraphQL.SendAsync(update, new { i = new { reminderMinutes = Array.Empty<int>() } }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Empty(none.Get("updateBookingSettings.settings.reminderMinutes").AsArray());

        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() }))["id"]!
            .GetValue<string>();
        // The booking's event was fanned out (its outbox row dispatched) and still no reminder exists.
        await Eventually.TrueAsync(async () => await _bookings.ScalarAsync<long>(shop.Org,
            "SELECT count(*) FROM outbox_events WHERE booking_id = $1 AND dispatched_at IS NOT NULL", Bookings.IdOf(id)) >= 1,
            "the booking event dispatched");
        Assert.Empty(await RemindersAsync(shop, id));
    }

    [Fact]
    public async Task Deliveries_are_for_administrators_and_a_foreign_organizations_booking_shows_nothing()
    {
        var shop = await _bookings.ShopAsync();
        var other = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() }))["id"]!
            .GetValue<string>();
        await EventuallyRemindersAsync(shop, id, "PENDING", 2);

        var asCustomer = await _bookings.GraphQL.SendAsync(Deliveries, new { b = id }, customer.Token, shop.Org.Slug);
        Assert.Equal("FORBIDDEN", asCustomer.FirstErrorCode);
        var asProvider = await _bookings.GraphQL.SendAsync(Deliveries, new { b = id }, shop.ProviderPerson.Token, shop.Org.Slug);
        Assert.Equal("FORBIDDEN", asProvider.FirstErrorCode);
        var foreign = await _bookings.GraphQL.SendAsync(Deliveries, new { b = id }, other.Org.Owner.Token, other.Org.Slug);
        Assert.Equal(0, foreign.Get("notificationDeliveries.totalCount").GetValue<int>());
    }

    [Fact]
    public async Task A_member_joining_and_leaving_is_written_to_the_outbox_with_the_change()
    {
        var shop = await _bookings.ShopAsync();
        var person = await _bookings.Accounts.SignUpAsync();
        var membershipId = await _bookings.Accounts.AddMemberAsync(shop.Org, person, "STAFF");
        var removed = await _bookings.GraphQL.SendAsync(
            "mutation($id: ID!) { removeMember(membershipId: $id) { userErrors { code } } }", new { id = membershipId }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Null(removed.Errors);
        var membership = Catalog.Id(membershipId, "Membership").ToString();
        Assert.Equal(1L, await _bookings.ScalarAsync<long>(shop.Org,
            "SELECT count(*) FROM outbox_events WHERE type = 'member.added' AND data->>'membershipId' = $1 AND data->>'staffRole' = 'Staff'",
            membership));
        Assert.Equal(1L, await _bookings.ScalarAsync<long>(shop.Org,
            "SELECT count(*) FROM outbox_events WHERE type = 'member.removed' AND data->>'membershipId' = $1", membership));
    }
}
