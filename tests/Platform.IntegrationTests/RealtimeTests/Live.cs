using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Realtime;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.RealtimeTests;

/// <summary>Subscription documents and small helpers shared by the real-time tests.</summary>
internal static class Live
{
    public const string BookingChanged = "subscription($o: ID, $p: ID) { bookingChanged(offeringId: $o, providerId: $p) { id status provider { id } customer { email } } }";

    public const string SlotsChanged = "subscription($o: ID!, $f: DateTimeOffset!, $t: DateTimeOffset!) { slotsChanged(offeringId: $o, from: $f, to: $t) { offeringId slots { provider { id } start end capacity seatsTaken remainingSeats } } }";

    public const string Dashboard = "subscription { dashboard { date timeZone pendingConfirmations bookingsByStatus { status count } revenue { currency gross } } }";

    /// <summary>
    /// How long "nothing arrives" is watched for, once a positive control (a subscriber that must hear the same
    /// change) has heard it: far longer than a delivery takes (milliseconds).
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(1500);

    public static object Window(string offeringId) => new { o = offeringId, f = DateTimeOffset.UtcNow, t = DateTimeOffset.UtcNow.AddDays(30) };

    public static JsonNode Payload(JsonNode next, string field) => next["payload"]!["data"]![field]!;

    /// <summary>
    /// Waits until <paramref name="organization"/> has exactly <paramref name="count"/> subscribers in
    /// <paramref name="host"/>'s hub: every subscription sent so far is registered and hears what is committed next.
    /// (graphql-transport-ws and graphql-sse do not acknowledge a subscription; the hub is the truth.)
    /// </summary>
    public static Task SubscribedAsync(WebApplicationFactory<Program> host, Accounts.Organization organization, int count)
    {
        var hub = host.Services.GetRequiredService<RealtimeHub>();
        var tenant = Catalog.Id(organization.Id, "Organization");
        return Eventually.TrueAsync(() => hub.SubscriberCountOf(tenant) == count, $"{count} subscribers of {organization.Slug}",
            () => $"{hub.SubscriberCountOf(tenant)} subscribers", TimeSpan.FromSeconds(10));
    }

    public static async Task<string> HoldFreeAsync(Bookings bookings, Bookings.Shop shop, string token, string offering, DateTimeOffset start, int seats = 1) =>
        (await bookings.HeldAsync(shop, token, new { offeringId = offering, start, seats, idempotencyKey = Guid.NewGuid().ToString() }))["id"]!.GetValue<string>();
}
