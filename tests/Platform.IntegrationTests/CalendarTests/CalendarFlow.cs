using System.Globalization;
using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.CalendarTests;

/// <summary>
/// Connecting providers' calendars through the public API, as a provider's browser would: connectCalendar, the
/// service's consent page (the fake's), the platform's callback; then waiting on syncs and reading slots.
/// </summary>
public sealed class CalendarFlow(PlatformApp app)
{
    public Bookings Bookings { get; } = new(app);

    public const string Connections = """
        query { calendarConnections { id kind status accountEmail lastSyncedAt stale lastError
          calendars { id name primary canWrite blocksTime receivesBookings } } }
        """;

    /// <summary>Connects <paramref name="kind"/> (GOOGLE or MICROSOFT) for the shop's provider as <paramref name="email"/>.</summary>
    public async Task<string> ConnectAsync(Bookings.Shop shop, string kind, string email)
    {
        var started = await Bookings.GraphQL.SendAsync(
            "mutation($i: ConnectCalendarInput!) { connectCalendar(input: $i) { consentUrl connection { id status } userErrors { code message } } }",
            new { i = new { kind } }, shop.ProviderPerson.Token, shop.Org.Slug);
        Assert.True(started.Errors is null, started.Body?.ToJsonString());
        Assert.Empty(started.Get("connectCalendar.userErrors").AsArray());
        var consent = new Uri(started.Get("connectCalendar.consentUrl").GetValue<string>());
        var code = kind == "GOOGLE" ? app.Providers.Google.ApproveConsent(consent, email) : app.Providers.Microsoft.ApproveConsent(consent, email);
        var state = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(consent.Query)["state"].ToString();
        using var http = app.Http();
        var callback = await http.GetAsync($"/calendars/oauth/callback?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(state)}");
        var page = await callback.Content.ReadAsStringAsync();
        Assert.True(callback.IsSuccessStatusCode, page);
        Assert.Contains("connected", page, StringComparison.Ordinal);
        return started.Get("connectCalendar.connection.id").GetValue<string>();
    }

    public async Task<JsonNode> ConnectionAsync(Bookings.Shop shop, string connectionId)
    {
        var result = await Bookings.GraphQL.SendAsync(Connections, null, shop.ProviderPerson.Token, shop.Org.Slug);
        Assert.Null(result.Errors);
        return result.Get("calendarConnections").AsArray().Single(c => c!["id"]!.GetValue<string>() == connectionId)!;
    }

    /// <summary>Asks for a sync now and waits until one has finished after the ask (successfully or not).</summary>
    public async Task<JsonNode> SyncAsync(Bookings.Shop shop, string connectionId)
    {
        var before = await ScalarAsync(shop, connectionId, "last_attempt_at");
        var result = await Bookings.GraphQL.SendAsync(
            "mutation($i: CalendarConnectionIdInput!) { syncCalendar(input: $i) { userErrors { code } } }",
            new { i = new { connectionId } }, shop.ProviderPerson.Token, shop.Org.Slug);
        Assert.Null(result.Errors);
        if (result.Get("syncCalendar.userErrors").AsArray().Count > 0) return await ConnectionAsync(shop, connectionId);
        await Eventually.TrueAsync(async () => await ScalarAsync(shop, connectionId, "last_attempt_at") != before, "a sync after the ask");
        return await ConnectionAsync(shop, connectionId);
    }

    /// <summary>Waits for the first sync of a new connection.</summary>
    public async Task<JsonNode> SyncedAsync(Bookings.Shop shop, string connectionId)
    {
        await Eventually.TrueAsync(async () => await ScalarAsync(shop, connectionId, "last_attempt_at") is not null, "the first sync");
        return await ConnectionAsync(shop, connectionId);
    }

    private async Task<string?> ScalarAsync(Bookings.Shop shop, string connectionId, string column) =>
        await Bookings.ScalarAsync<string>(shop.Org, $"SELECT {column}::text FROM calendar_connections WHERE id = $1",
            Catalog.Id(connectionId, "CalendarConnection"));

    /// <summary>The starts (UTC) of the offering's open slots on the local dates [from, to].</summary>
    public async Task<HashSet<DateTimeOffset>> SlotStartsAsync(Bookings.Shop shop, string offeringId, DateOnly from, DateOnly to)
    {
        var result = await Bookings.GraphQL.SendAsync(
            "query($o: ID!, $f: DateOnly!, $t: DateOnly!) { availableSlots(offeringId: $o, from: $f, to: $t) { slots { start } } }",
            new { o = offeringId, f = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            shop.ProviderPerson.Token, shop.Org.Slug);
        Assert.True(result.Errors is null, result.Body?.ToJsonString());
        return [.. result.Get("availableSlots.slots").AsArray()
            .Select(s => DateTimeOffset.Parse(s!["start"]!.GetValue<string>(), CultureInfo.InvariantCulture).ToUniversalTime())];
    }
}
