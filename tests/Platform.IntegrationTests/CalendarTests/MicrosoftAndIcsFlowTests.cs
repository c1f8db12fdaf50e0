using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.CalendarTests;

/// <summary>
/// Microsoft 365 (the real Microsoft.Graph client against the Graph fake) and ICS subscriptions end to end: busy times
/// into slots across a DST change, bookings into Outlook and out again, feeds fetched conditionally, a gone feed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class MicrosoftAndIcsFlowTests(PlatformApp app)
{
    private readonly CalendarFlow _flow = new(app);

    [Fact]
    public async Task An_Outlook_series_blocks_its_local_hour_across_the_DST_change_and_a_booking_is_written_once_and_removed()
    {
        var shop = await _flow.Bookings.ShopAsync("Europe/London", payments: false);
        var offering = await _flow.Bookings.OfferingAsync(shop);
        var email = $"host-{Guid.NewGuid():N}@outlook.test";
        var connectionId = await _flow.ConnectAsync(shop, "MICROSOFT", email);
        await _flow.SyncedAsync(shop, connectionId);
        var calendar = app.Providers.Microsoft.DefaultCalendarId(email);
        // Fridays 09:00–10:00 London: 09:00Z before the change on 28 March 2027, 08:00Z after it.
        app.Providers.Microsoft.AddWeeklyEvent(email, calendar, "Clinic", new DateTime(2027, 3, 19, 9, 0, 0), TimeSpan.FromHours(1),
            "Europe/London", [DayOfWeek.Friday], new DateOnly(2027, 4, 9));
        var synced = await _flow.SyncAsync(shop, connectionId);
        Assert.Null(synced["lastError"]);

        var slots = await _flow.SlotStartsAsync(shop, offering, new DateOnly(2027, 3, 26), new DateOnly(2027, 4, 2));
        Assert.DoesNotContain(new DateTimeOffset(2027, 3, 26, 9, 0, 0, TimeSpan.Zero), slots);
        Assert.DoesNotContain(new DateTimeOffset(2027, 4, 2, 8, 0, 0, TimeSpan.Zero), slots);
        Assert.Contains(new DateTimeOffset(2027, 4, 2, 9, 0, 0, TimeSpan.Zero), slots);

        var customer = await _flow.Bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot(days: 6);
        var id = (await _flow.Bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() }))["id"]!
            .GetValue<string>();
        await Eventually.TrueAsync(() => Written(email, calendar, start).Count == 1, "the booking in Outlook");
        var written = Written(email, calendar, start).Single();
        Assert.NotNull(written["transactionId"]);
        Assert.Empty(written["attendees"]?.AsArray() ?? []);

        // The platform's own event comes back in the next sync: it is not busy time, and not a conflict.
        await _flow.SyncAsync(shop, connectionId);
        Assert.Equal(0, await _flow.Bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM busy_intervals WHERE starts_at = $1", start));
        Assert.Equal(0, await _flow.Bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM calendar_conflicts"));

        await _flow.Bookings.ActAsync(shop, customer.Token, "cancelBooking", id);
        await Eventually.TrueAsync(() => Written(email, calendar, start).Count == 0, "the event deleted with the cancellation");
    }

    [Fact]
    public async Task An_ICS_feed_blocks_its_events_is_fetched_conditionally_follows_changes_and_breaks_when_gone()
    {
        var shop = await _flow.Bookings.ShopAsync("Europe/Berlin", payments: false);
        var offering = await _flow.Bookings.OfferingAsync(shop);
        var secret = Guid.NewGuid().ToString("N");
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        app.Providers.Ics.Publish(secret, Feed(day, "100000", "110000"));

        var bad = await AddFeedAsync(shop, "ftp://example.test/cal.ics");
        Assert.Equal("INVALID_URL", bad["userErrors"]![0]!["code"]!.GetValue<string>());
        var added = await AddFeedAsync(shop, app.Providers.Ics.Url(secret).ToString());
        Assert.Empty(added["userErrors"]!.AsArray());
        var connectionId = added["connection"]!["id"]!.GetValue<string>();
        await _flow.SyncedAsync(shop, connectionId);
        var tenAm = new DateTimeOffset(day.Year, day.Month, day.Day, 9, 0, 0, TimeSpan.Zero);
        Assert.DoesNotContain(tenAm, await _flow.SlotStartsAsync(shop, offering, day, day));

        await _flow.SyncAsync(shop, connectionId);
        Assert.Contains(app.Providers.Ics.Requests, r => r.IfNoneMatch is not null && r.Status == 304);

        app.Providers.Ics.Publish(secret, Feed(day, "140000", "150000"));
        await _flow.SyncAsync(shop, connectionId);
        var slots = await _flow.SlotStartsAsync(shop, offering, day, day);
        Assert.Contains(tenAm, slots);
        Assert.DoesNotContain(tenAm.AddHours(4), slots);

        app.Providers.Ics.FailNext(404);
        await _flow.SyncAsync(shop, connectionId);
        Assert.Equal("BROKEN", (await _flow.ConnectionAsync(shop, connectionId))["status"]!.GetValue<string>());
        Assert.Contains(tenAm.AddHours(4), await _flow.SlotStartsAsync(shop, offering, day, day));
    }

    private List<JsonObject> Written(string email, string calendar, DateTimeOffset start) =>
        [.. app.Providers.Microsoft.Events(email, calendar).Where(e => e["transactionId"] is not null
            && DateTimeOffset.Parse(e["start"]!["dateTime"]!.GetValue<string>() + "Z", System.Globalization.CultureInfo.InvariantCulture) == start)];

    private async Task<JsonNode> AddFeedAsync(Bookings.Shop shop, string url)
    {
        var result = await _flow.Bookings.GraphQL.SendAsync(
            "mutation($i: AddIcsCalendarInput!) { addIcsCalendar(input: $i) { connection { id status } userErrors { code message } } }",
            new { i = new { url, name = "Family" } }, shop.ProviderPerson.Token, shop.Org.Slug);
        Assert.True(result.Errors is null, result.Body?.ToJsonString());
        return result.Get("addIcsCalendar");
    }

    private static string Feed(DateOnly day, string from, string to) => $"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Test//EN
        BEGIN:VEVENT
        UID:family-{day:yyyyMMdd}@test
        DTSTAMP:20261201T000000Z
        DTSTART;TZID=Europe/Berlin:{day:yyyyMMdd}T{from}
        DTEND;TZID=Europe/Berlin:{day:yyyyMMdd}T{to}
        SUMMARY:School run
        END:VEVENT
        END:VCALENDAR
        """.Replace("\n", "\r\n", StringComparison.Ordinal);
}
