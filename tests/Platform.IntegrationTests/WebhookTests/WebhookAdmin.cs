using System.Text.Json.Nodes;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebhookTests;

/// <summary>The webhook administration API as an administrator uses it, and waits on what the dispatcher did.</summary>
public sealed class WebhookAdmin(PlatformApp app, Bookings bookings)
{
    public const string EndpointFields = "id url description events enabled disabledReason consecutiveFailures previousSecretExpiresAt";

    public const string DeliveryFields =
        "id endpointId eventType eventId state attempts lastStatusCode lastDurationMs lastError nextAttemptAt createdAt sentAt";

    public GraphQLClient GraphQL => bookings.GraphQL;

    public async Task<(string Id, string Secret)> CreateAsync(Accounts.Organization org, Uri url, params string[] events)
    {
        var result = await CreateRawAsync(org, url.ToString(), events.Length > 0 ? events : ["booking.confirmed"]);
        Assert.True(result.Errors is null && result.Get("createWebhookEndpoint.userErrors").AsArray().Count == 0, result.Body?.ToJsonString());
        return (result.Get("createWebhookEndpoint.endpoint.id").GetValue<string>(), result.Get("createWebhookEndpoint.secret").GetValue<string>());
    }

    public Task<GraphQLClient.Response> CreateRawAsync(Accounts.Organization org, string url, string[] events, string? description = null) =>
        GraphQL.SendAsync(
            $"mutation($input: CreateWebhookEndpointInput!) {{ createWebhookEndpoint(input: $input) {{ endpoint {{ {EndpointFields} }} secret userErrors {{ code field message }} }} }}",
            new { input = new { url, events, description } }, org.Owner.Token, org.Slug);

    public Task<GraphQLClient.Response> MutateAsync(Accounts.Organization org, string field, string inputType, object input, string selection) =>
        GraphQL.SendAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} userErrors {{ code field message }} }} }}",
            new { input }, org.Owner.Token, org.Slug);

    public async Task<JsonArray> DeliveriesAsync(Accounts.Organization org, string endpointId)
    {
        var result = await GraphQL.SendAsync(
            $"query($id: ID!) {{ webhookDeliveries(endpointId: $id, first: 50) {{ totalCount edges {{ node {{ {DeliveryFields} }} }} }} }}",
            new { id = endpointId }, org.Owner.Token, org.Slug);
        Assert.True(result.Errors is null, result.Body?.ToJsonString());
        return new JsonArray([.. result.Get("webhookDeliveries.edges").AsArray().Select(e => e!["node"]!.DeepClone())]);
    }

    /// <summary>Waits until the endpoint's deliveries satisfy <paramref name="condition"/>; returns them.</summary>
    public async Task<JsonArray> DeliveriesWhenAsync(Accounts.Organization org, string endpointId, Func<JsonArray, bool> condition, string what)
    {
        JsonArray last = [];
        await Eventually.TrueAsync(async () => condition(last = await DeliveriesAsync(org, endpointId)), what);
        return last;
    }

    /// <summary>Moves the host's clock past any backoff and asks the dispatcher for a round of this organization.</summary>
    public IDisposable SkipBackoff(Accounts.Organization org, TimeSpan? by = null)
    {
        var moved = app.Clock.Advance(by ?? TimeSpan.FromHours(2));
        Wake(org);
        return moved;
    }

    public void Wake(Accounts.Organization org) => app.Service<OutboxDispatcher>().Wake(Catalog.Id(org.Id, "Organization"));

    /// <summary>Waits until the dispatcher finished a whole round that began after this call.</summary>
    public async Task RoundsAsync(Accounts.Organization org, int rounds = 2)
    {
        var dispatcher = app.Service<OutboxDispatcher>();
        var target = dispatcher.Rounds + rounds;
        Wake(org);
        await Eventually.TrueAsync(() => dispatcher.Rounds >= target, $"{rounds} dispatcher rounds", () => $"{dispatcher.Rounds}");
    }
}
