using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Features.Integrations.Webhooks.Dispatch;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebhookTests;

/// <summary>Endpoint administration: refusals (SSRF, unknown events, bad text), isolation, disabling, deletion.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WebhookEndpointTests(PlatformApp app) : IAsyncLifetime
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

    private async Task<int> EndpointCountAsync(Accounts.Organization org) =>
        (await _admin.GraphQL.SendAsync("{ webhookEndpoints { id } }", null, org.Owner.Token, org.Slug)).Get("webhookEndpoints").AsArray().Count;

    [Theory]
    [InlineData("https://10.0.0.1/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://192.168.1.10/hooks")]
    [InlineData("https://172.16.0.1/hooks")]
    [InlineData("https://0.0.0.0/hooks")]
    [InlineData("https://224.0.0.1/hooks")]
    [InlineData("https://[fe80::1]/hooks")]
    [InlineData("https://[fc00::1]/hooks")]
    [InlineData("https://[::ffff:10.0.0.1]/hooks")]
    [InlineData("ftp://example.com/hooks")]
    [InlineData("not a url")]
    [InlineData("https://user:pass@127.0.0.1/hooks")]
    public async Task Urls_to_non_public_addresses_or_of_the_wrong_form_are_refused_and_nothing_is_created(string url)
    {
        var org = await _bookings.Accounts.CreateOrganizationAsync();
        var result = await _admin.CreateRawAsync(org, url, ["booking.confirmed"]);
        Assert.True(result.Errors is null, result.Body?.ToJsonString());
        Assert.Equal("INVALID_URL", Bookings.ErrorCode(result, "createWebhookEndpoint"));
        Assert.Equal(0, await EndpointCountAsync(org));
    }

    [Fact]
    public async Task Unknown_events_and_control_characters_are_refused_with_clear_user_errors()
    {
        var org = await _bookings.Accounts.CreateOrganizationAsync();
        var unknown = await _admin.CreateRawAsync(org, _receiver.Url.ToString(), ["booking.confirmed", "booking.exploded"]);
        Assert.Equal("UNKNOWN_EVENT", Bookings.ErrorCode(unknown, "createWebhookEndpoint"));
        Assert.Contains("booking.exploded", unknown.Get("createWebhookEndpoint.userErrors")[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var none = await _admin.CreateRawAsync(org, _receiver.Url.ToString(), []);
        Assert.Equal("INVALID_EVENTS", Bookings.ErrorCode(none, "createWebhookEndpoint"));
        // NUL: the platform's String scalar refuses it before the mutation runs (INVALID_VALUE); either way nothing is made.
        var nul = await _admin.CreateRawAsync(org, _receiver.Url.ToString(), ["booking.confirmed"], "a\0b");
        Assert.Contains(nul.FirstErrorCode ?? Bookings.ErrorCode(nul, "createWebhookEndpoint"), new[] { "INVALID_VALUE", "INVALID_DESCRIPTION" });

        // A lone surrogate, as JSON text (a serializer would not write one).
        var raw = "{\"query\":\"mutation { createWebhookEndpoint(input: { url: \\\"" + _receiver.Url
            + "\\\", events: [\\\"booking.confirmed\\\"], description: \\\"x\\ud800y\\\" }) { endpoint { id } userErrors { code } } }\"}";
        var (_, body, _) = await _admin.GraphQL.TimeAsync(Encoding.UTF8.GetBytes(raw), org.Slug, org.Owner.Token, CancellationToken.None);
        // The transport refuses it before GraphQL (BAD_REQUEST); WebhookText is the rule behind it for any other way in.
        Assert.True(new[] { "INVALID_DESCRIPTION", "INVALID_VALUE", "BAD_REQUEST" }.Any(c => body.Contains(c, StringComparison.Ordinal)), body);
        Assert.DoesNotContain("\"endpoint\":{", body, StringComparison.Ordinal);
        Assert.Equal(0, await EndpointCountAsync(org));
    }

    [Fact]
    public async Task Another_organizations_endpoint_is_not_found_for_every_operation()
    {
        var owner = await _bookings.Accounts.CreateOrganizationAsync();
        var other = await _bookings.Accounts.CreateOrganizationAsync();
        var (endpointId, _) = await _admin.CreateAsync(owner, _receiver.Url);

        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _admin.MutateAsync(other, "updateWebhookEndpoint", "UpdateWebhookEndpointInput",
            new { id = endpointId, enabled = false }, "endpoint { id }"), "updateWebhookEndpoint"));
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _admin.MutateAsync(other, "rotateWebhookSecret", "RotateWebhookSecretInput",
            new { id = endpointId }, "secret"), "rotateWebhookSecret"));
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _admin.MutateAsync(other, "sendTestWebhook", "SendTestWebhookInput",
            new { endpointId }, "eventId"), "sendTestWebhook"));
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _admin.MutateAsync(other, "deleteWebhookEndpoint", "DeleteWebhookEndpointInput",
            new { id = endpointId }, "deletedEndpointId"), "deleteWebhookEndpoint"));
        var deliveries = await _admin.GraphQL.SendAsync("query($id: ID!) { webhookDeliveries(endpointId: $id) { totalCount } }",
            new { id = endpointId }, other.Owner.Token, other.Slug);
        Assert.Equal("NOT_FOUND", deliveries.FirstErrorCode);
        Assert.Equal(0, await EndpointCountAsync(other));

        // Positive control: its own organization finds it, unchanged.
        var mine = await _admin.GraphQL.SendAsync("{ webhookEndpoints { id enabled } }", null, owner.Owner.Token, owner.Slug);
        Assert.Equal(endpointId, mine.Get("webhookEndpoints")[0]!["id"]!.GetValue<string>());
        Assert.True(mine.Get("webhookEndpoints")[0]!["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_endpoint_failing_N_calls_in_a_row_is_disabled_and_the_administrators_event_is_written()
    {
        // The shared host sets Webhooks:DisableAfterConsecutiveFailures=5.
        var org = await _bookings.Accounts.CreateOrganizationAsync();
        var (endpointId, _) = await _admin.CreateAsync(org, _receiver.Url);
        _receiver.Respond = (_, _) => Task.FromResult(503);
        for (var i = 0; i < 5; i++)
        {
            var sent = await _admin.MutateAsync(org, "sendTestWebhook", "SendTestWebhookInput", new { endpointId }, "eventId");
            Assert.Empty(sent.Get("sendTestWebhook.userErrors").AsArray());
        }

        await Eventually.TrueAsync(async () =>
        {
            var endpoints = await _admin.GraphQL.SendAsync($"{{ webhookEndpoints {{ {WebhookAdmin.EndpointFields} }} }}", null, org.Owner.Token, org.Slug);
            return !endpoints.Get("webhookEndpoints")[0]!["enabled"]!.GetValue<bool>();
        }, "the endpoint disabled");
        var endpoint = (await _admin.GraphQL.SendAsync($"{{ webhookEndpoints {{ {WebhookAdmin.EndpointFields} }} }}", null,
            org.Owner.Token, org.Slug)).Get("webhookEndpoints")[0]!;
        Assert.Equal(5, endpoint["consecutiveFailures"]!.GetValue<int>());
        Assert.Contains("5 failed calls in a row", endpoint["disabledReason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(5, _receiver.Calls.Count);

        var events = await _bookings.ScalarAsync<long>(org,
            "SELECT count(*) FROM outbox_events WHERE type = 'webhook_endpoint.disabled' AND data ->> 'endpointId' = $1",
            Platform.Testing.Catalog.Id(endpointId, "WebhookEndpoint").ToString());
        Assert.Equal(1, events);

        // The retries still pending are called off when due: a disabled endpoint hears nothing more.
        using (_admin.SkipBackoff(org))
        {
            await _admin.DeliveriesWhenAsync(org, endpointId, d => d.All(x => x!["state"]!.GetValue<string>() == "CANCELLED"), "all cancelled");
        }

        Assert.Equal(5, _receiver.Calls.Count);
        Assert.Equal("ENDPOINT_DISABLED", Bookings.ErrorCode(await _admin.MutateAsync(org, "sendTestWebhook", "SendTestWebhookInput",
            new { endpointId }, "eventId"), "sendTestWebhook"));
    }

    [Fact]
    public async Task An_endpoint_failing_for_longer_than_DisableAfterHours_is_disabled_and_a_success_resets_the_count()
    {
        var org = await _bookings.Accounts.CreateOrganizationAsync();
        var (endpointId, _) = await _admin.CreateAsync(org, _receiver.Url);
        _receiver.Respond = (n, _) => Task.FromResult(n == 1 ? 200 : 503);
        async Task<System.Text.Json.Nodes.JsonNode> EndpointAsync() =>
            (await _admin.GraphQL.SendAsync($"{{ webhookEndpoints {{ {WebhookAdmin.EndpointFields} }} }}", null, org.Owner.Token, org.Slug))
            .Get("webhookEndpoints")[0]!;
        async Task TestAsync() => Assert.Empty((await _admin.MutateAsync(org, "sendTestWebhook", "SendTestWebhookInput",
            new { endpointId }, "eventId")).Get("sendTestWebhook.userErrors").AsArray());

        // A failure, then a success: the count starts again.
        await TestAsync();
        await Eventually.TrueAsync(async () => (await EndpointAsync())["consecutiveFailures"]!.GetValue<int>() == 1, "one failure");
        await TestAsync();
        await Eventually.TrueAsync(() => _receiver.Calls.Count == 2, "the second call");
        await Eventually.TrueAsync(async () => (await EndpointAsync())["consecutiveFailures"]!.GetValue<int>() == 0, "reset by a success");

        // A failure now, and another 73 hours later (default Webhooks:DisableAfterHours is 72): two in a row, yet disabled.
        await TestAsync();
        await Eventually.TrueAsync(async () => (await EndpointAsync())["consecutiveFailures"]!.GetValue<int>() == 1, "failing again");
        using (app.Clock.Advance(TimeSpan.FromHours(73)))
        {
            await TestAsync();
            await Eventually.TrueAsync(async () => !(await EndpointAsync())["enabled"]!.GetValue<bool>(), "disabled after 72 hours");
        }

        Assert.Contains("failing since", (await EndpointAsync())["disabledReason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_endpoint_cancels_its_pending_deliveries()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (endpointId, _) = await _admin.CreateAsync(shop.Org, _receiver.Url);
        _receiver.Respond = (_, _) => Task.FromResult(500);
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() });
        await _admin.DeliveriesWhenAsync(shop.Org, endpointId, d => d.Count == 1 && d[0]!["attempts"]!.GetValue<int>() == 1, "failed once");

        var deleted = await _admin.MutateAsync(shop.Org, "deleteWebhookEndpoint", "DeleteWebhookEndpointInput", new { id = endpointId },
            "deletedEndpointId cancelledDeliveries");
        Assert.Empty(deleted.Get("deleteWebhookEndpoint.userErrors").AsArray());
        Assert.Equal(endpointId, deleted.Get("deleteWebhookEndpoint.deletedEndpointId").GetValue<string>());
        Assert.Equal(1, deleted.Get("deleteWebhookEndpoint.cancelledDeliveries").GetValue<int>());
        var states = await _bookings.ScalarAsync<string>(shop.Org,
            "SELECT string_agg(state, ',') FROM notification_deliveries WHERE channel = 'Webhook' AND recipient = $1",
            Platform.Testing.Catalog.Id(endpointId, "WebhookEndpoint").ToString());
        Assert.Equal("Cancelled", states);
        Assert.Equal(0, await EndpointCountAsync(shop.Org));
    }

    [Fact]
    public async Task Where_loopback_is_not_allowed_loopback_urls_are_refused_too()
    {
        var org = await _bookings.Accounts.CreateOrganizationAsync();
        await using var strict = await SecondInstance.StartAsync(app, ("Notifications:DispatcherEnabled", "false"));
        var client = new GraphQLClient(strict.Http());
        foreach (var url in new[] { _receiver.Url.ToString(), "https://127.0.0.1/hooks", "https://[::1]/hooks", "https://localhost/hooks" })
        {
            var result = await client.SendAsync(
                "mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } userErrors { code message } } }",
                new { input = new { url, events = new[] { "booking.confirmed" } } }, org.Owner.Token, org.Slug);
            Assert.True(Bookings.ErrorCode(result, "createWebhookEndpoint") == "INVALID_URL", url + ": " + result.Body?.ToJsonString());
        }

        // The sender's own check, at the socket: whatever a name resolved to when it was saved (DNS rebinding), the
        // address connected to must pass the rule too. The strict instance's webhook client refuses to connect.
        var strictClient = strict.Services.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookHttp.ClientName);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => strictClient.PostAsync(_receiver.Url, new StringContent("{}")));
        Assert.Contains("Refused", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_receiver.Calls);

        // Positive controls: the shared host (Webhooks:AllowLoopback=true) accepts the URL, and its client connects.
        await _admin.CreateAsync(org, _receiver.Url);
        var sharedClient = app.Service<IHttpClientFactory>().CreateClient(WebhookHttp.ClientName);
        using var response = await sharedClient.PostAsync(_receiver.Url, new StringContent("{}"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_receiver.Calls);
    }
}
