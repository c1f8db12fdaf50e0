using System.Globalization;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.CalendarTests;

/// <summary>
/// A provider's Google Calendar end to end, against the Google fake: consent, sync into slots (a weekly event across
/// the spring DST change in the provider's zone), bookings written, moved and removed, tokens refreshed, a revoked
/// grant, rate limits, and an outside event over a confirmed booking.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GoogleCalendarFlowTests(PlatformApp app)
{
    private readonly CalendarFlow _flow = new(app);

    private static string NewEmail() => $"host-{Guid.NewGuid():N}@gmail.test";

    [Fact]
    public async Task A_weekly_event_blocks_the_same_local_hour_on_both_sides_of_the_DST_change_and_disconnecting_frees_it()
    {
        var shop = await _flow.Bookings.ShopAsync("Europe/Berlin", payments: false);
        var offering = await _flow.Bookings.OfferingAsync(shop);
        var email = NewEmail();
        app.Providers.Google.AddAccount(email, "Europe/Berlin");
        // Mondays 09:00–10:00 Berlin from 15 March 2027: 08:00Z before 28 March, 07:00Z after.
        app.Providers.Google.AddEvent(email, email, "Team meeting", new DateTimeOffset(2027, 3, 15, 9, 0, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2027, 3, 15, 10, 0, 0, TimeSpan.FromHours(1)), "Europe/Berlin", "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4");

        var connectionId = await _flow.ConnectAsync(shop, "GOOGLE", email);
        var connection = await _flow.SyncedAsync(shop, connectionId);
        Assert.Equal("ACTIVE", connection["status"]!.GetValue<string>());
        Assert.Equal(email, connection["accountEmail"]!.GetValue<string>());
        Assert.Null(connection["lastError"]);
        Assert.Contains(connection["calendars"]!.AsArray(), c => c!["primary"]!.GetValue<bool>() && c["blocksTime"]!.GetValue<bool>()
            && c["receivesBookings"]!.GetValue<bool>());

        var slots = await _flow.SlotStartsAsync(shop, offering, new DateOnly(2027, 3, 22), new DateOnly(2027, 3, 29));
        var before = new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);
        var after = new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);
        Assert.DoesNotContain(before, slots);
        Assert.DoesNotContain(after, slots);
        Assert.Contains(before.AddHours(1), slots);
        Assert.Contains(after.AddHours(1), slots);
        Assert.Contains(after.AddHours(1).AddDays(-1), slots);

        var gone = await _flow.Bookings.GraphQL.SendAsync(
            "mutation($i: CalendarConnectionIdInput!) { disconnectCalendar(input: $i) { disconnectedConnectionId userErrors { code } } }",
            new { i = new { connectionId } }, shop.ProviderPerson.Token, shop.Org.Slug);
        Assert.Equal(connectionId, gone.Get("disconnectCalendar.disconnectedConnectionId").GetValue<string>());
        slots = await _flow.SlotStartsAsync(shop, offering, new DateOnly(2027, 3, 22), new DateOnly(2027, 3, 29));
        Assert.Contains(before, slots);
        Assert.Contains(after, slots);
    }

    [Fact]
    public async Task A_booking_is_written_to_the_calendar_moved_with_a_reschedule_and_removed_on_cancel()
    {
        var shop = await _flow.Bookings.ShopAsync("Europe/Berlin", payments: false);
        var offering = await _flow.Bookings.OfferingAsync(shop, extra: new { locationKind = "VIDEO" });
        var email = NewEmail();
        app.Providers.Google.AddAccount(email, "Europe/Berlin");
        var connectionId = await _flow.ConnectAsync(shop, "GOOGLE", email);
        await _flow.SyncedAsync(shop, connectionId);

        var customer = await _flow.Bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot(days: 4);
        var id = (await _flow.Bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() }))["id"]!
            .GetValue<string>();
        await Eventually.TrueAsync(() => app.Providers.Google.Events(email, email).Any(e => e.Status == "confirmed" && e.Start == start),
            "the booking in the host's Google calendar");
        var written = app.Providers.Google.Events(email, email).Single(e => e.Start == start);
        Assert.Contains("Offering", written.Summary, StringComparison.Ordinal);
        Assert.Contains(customer.Email, written.Description, StringComparison.Ordinal);
        Assert.Contains("/manage/", written.Description, StringComparison.Ordinal);
        Assert.Empty(written.AttendeeEmails);

        var moved = await _flow.Bookings.GraphQL.SendAsync(
            "mutation($id: ID!, $s: DateTimeOffset!) { rescheduleBooking(id: $id, start: $s) { userErrors { code } } }",
            new { id, s = start.AddHours(2) }, customer.Token, shop.Org.Slug);
        Assert.Empty(moved.Get("rescheduleBooking.userErrors").AsArray());
        await Eventually.TrueAsync(() => app.Providers.Google.Events(email, email).Any(e => e.Id == written.Id && e.Start == start.AddHours(2)),
            "the event moved with the booking");

        await _flow.Bookings.ActAsync(shop, customer.Token, "cancelBooking", id);
        await Eventually.TrueAsync(() => app.Providers.Google.Events(email, email).All(e => e.Id != written.Id || e.Status == "cancelled"),
            "the event removed with the cancellation");
        // One event was ever made for the booking: the move updated it, the cancellation removed that one.
        Assert.Single(app.Providers.Google.Events(email, email), e => e.Id == written.Id);
    }

    [Fact]
    public async Task An_expired_token_is_refreshed_a_rate_limit_is_waited_out_and_a_revoked_grant_breaks_the_connection_and_emails_the_host()
    {
        var shop = await _flow.Bookings.ShopAsync(payments: false);
        var email = NewEmail();
        app.Providers.Google.AddAccount(email, "UTC");
        var connectionId = await _flow.ConnectAsync(shop, "GOOGLE", email);
        await _flow.SyncedAsync(shop, connectionId);

        app.Providers.Google.ExpireAccessTokens();
        var refreshed = await _flow.SyncAsync(shop, connectionId);
        Assert.Equal("ACTIVE", refreshed["status"]!.GetValue<string>());
        Assert.Null(refreshed["lastError"]);

        app.Providers.Google.RateLimitNext(2, TimeSpan.FromSeconds(1));
        var waited = await _flow.SyncAsync(shop, connectionId);
        Assert.Null(waited["lastError"]);

        app.Providers.Google.Revoke(email);
        app.Providers.Google.ExpireAccessTokens();
        await _flow.SyncAsync(shop, connectionId);
        await Eventually.TrueAsync(async () => (await _flow.ConnectionAsync(shop, connectionId))["status"]!.GetValue<string>() == "BROKEN",
            "the connection broken");
        var broken = await _flow.ConnectionAsync(shop, connectionId);
        Assert.True(broken["stale"]!.GetValue<bool>());
        await Eventually.TrueAsync(() => Mailbox.To(app, shop.ProviderPerson.Email).Any(m => m.Contains("no longer connected", StringComparison.Ordinal)),
            "the connection-lost email to the host");
    }

    [Fact]
    public async Task An_outside_event_over_a_confirmed_booking_is_flagged_and_emailed_but_the_booking_stands()
    {
        var shop = await _flow.Bookings.ShopAsync(payments: false);
        var offering = await _flow.Bookings.OfferingAsync(shop);
        var email = NewEmail();
        app.Providers.Google.AddAccount(email, "UTC");
        var connectionId = await _flow.ConnectAsync(shop, "GOOGLE", email);
        await _flow.SyncedAsync(shop, connectionId);
        var customer = await _flow.Bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot(days: 5);
        var id = (await _flow.Bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() }))["id"]!
            .GetValue<string>();
        await Eventually.TrueAsync(() => app.Providers.Google.Events(email, email).Any(e => e.Start == start), "the booking written");
        await _flow.SyncAsync(shop, connectionId);
        Assert.Empty(await ConflictsAsync(shop, id));

        app.Providers.Google.AddEvent(email, email, "Dentist", start.AddMinutes(30), start.AddMinutes(90));
        await _flow.SyncAsync(shop, connectionId);
        var conflicts = await ConflictsAsync(shop, id);
        var conflict = Assert.Single(conflicts);
        Assert.Equal(start.AddMinutes(30), DateTimeOffset.Parse(conflict!["busyFrom"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal("CONFIRMED", (await _flow.Bookings.BookingAsync(shop, shop.Org.Owner.Token, id))!["status"]!.GetValue<string>());
        await Eventually.TrueAsync(() => Mailbox.To(app, shop.ProviderPerson.Email).Any(m => m.Contains("Calendar clash", StringComparison.Ordinal)),
            "the conflict email to the host");

        await _flow.SyncAsync(shop, connectionId);
        Assert.Single(await ConflictsAsync(shop, id));
        var seen = await _flow.Bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { calendarConflicts { busyFrom } } } }",
            new { id }, customer.Token, shop.Org.Slug);
        Assert.Empty(seen.Get("node.calendarConflicts").AsArray());
    }

    private async Task<System.Text.Json.Nodes.JsonArray> ConflictsAsync(Bookings.Shop shop, string bookingId)
    {
        var result = await _flow.Bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Booking { calendarConflicts { busyFrom busyUntil } } } }",
            new { id = bookingId }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.True(result.Errors is null, result.Body?.ToJsonString());
        return result.Get("node.calendarConflicts").AsArray();
    }
}
