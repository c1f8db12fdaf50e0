using System.Net;
using System.Text;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

/// <summary>A host with tiny limits: 3 requests a minute per client, 6 per organization.</summary>
public sealed class RateLimitedApp : PlatformApp
{
    public const int PerClient = 3;
    public const int PerOrganization = 6;

    public RateLimitedApp()
    {
        Set("Jobs:Enabled", "false");
        Set("GraphQL:ClientRequestsPerMinute", PerClient.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set("GraphQL:TenantRequestsPerMinute", PerOrganization.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// Fair limits: every client (here: anonymous callers from their own loopback addresses) has its own
/// window, inside and outside organizations, under a higher ceiling per organization; WebSocket operations count too.
/// </summary>
public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    private async Task<List<HttpResponseMessage>> AskAsync(IPAddress from, string path, int times)
    {
        var http = Loopback.Http(app.BaseAddress, from);
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < times; i++)
        {
            using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
            answers.Add(await http.PostAsync(path, content));
        }
        return answers;
    }

    /// <summary>A new organization, made from an address of its own so no test's window is touched.</summary>
    private async Task<Accounts.Organization> OrganizationAsync() =>
        await new Accounts(app, Loopback.Http(app.BaseAddress, Loopback.NextAddress())).CreateOrganizationAsync();

    private static List<HttpStatusCode> Statuses(IEnumerable<HttpResponseMessage> answers) => [.. answers.Select(a => a.StatusCode)];

    [Fact]
    public async Task Without_an_organization_a_noisy_client_gets_429_with_retry_after_and_another_client_is_still_answered()
    {
        var noisy = await AskAsync(Loopback.NextAddress(), "/graphql", 5);

        const HttpStatusCode Ok = HttpStatusCode.OK, Limited = HttpStatusCode.TooManyRequests;
        HttpStatusCode[] expected = [Ok, Ok, Ok, Limited, Limited];
        Assert.Equal(expected, Statuses(noisy));
        Assert.True(noisy[^1].Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("RATE_LIMITED", (await GraphQLClient.ReadAsync(noisy[^1])).FirstErrorCode);
        Assert.Equal([HttpStatusCode.OK], Statuses(await AskAsync(Loopback.NextAddress(), "/graphql", 1)));

        // Health checks are not GraphQL and stay available.
        using var health = await app.Http().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task One_noisy_client_cannot_make_an_organizations_page_answer_429_for_everyone()
    {
        var org = await OrganizationAsync();
        var path = $"/t/{org.Slug}/graphql";

        var noisy = await AskAsync(Loopback.NextAddress(), path, 20);
        var others = await AskAsync(Loopback.NextAddress(), path, RateLimitedApp.PerClient);

        Assert.Equal(RateLimitedApp.PerClient, noisy.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(others, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }

    [Fact]
    public async Task An_organization_has_a_ceiling_over_all_its_clients_together()
    {
        var org = await OrganizationAsync();
        var path = $"/t/{org.Slug}/graphql";
        for (var client = 0; client < RateLimitedApp.PerOrganization / RateLimitedApp.PerClient; client++)
        {
            var answers = await AskAsync(Loopback.NextAddress(), path, RateLimitedApp.PerClient);
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        }

        var latecomer = Loopback.NextAddress();

        Assert.Equal(HttpStatusCode.TooManyRequests, (await AskAsync(latecomer, path, 1))[0].StatusCode);
        // The same client outside this organization is not held back by its ceiling.
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(latecomer, "/graphql", 1))[0].StatusCode);
    }

    [Fact]
    public async Task WebSocket_operations_spend_the_clients_permits_and_past_them_get_an_error_on_an_open_connection()
    {
        var org = await OrganizationAsync();
        var from = Loopback.NextAddress();
        // The upgrade is a request: one permit. Two operations take the rest.
        await using var socket = await WsClient.OpenAsync(app.BaseAddress, token: null, org.Slug, from);
        foreach (var id in new[] { "a", "b" })
        {
            await socket.SubscribeAsync(id, "{ __typename }");
            await socket.ExpectAsync("next", id);
            await socket.ExpectAsync("complete", id);
        }

        await socket.SubscribeAsync("c", "{ __typename }");
        var refused = await socket.ExpectAsync("error", "c");

        Assert.Equal("RATE_LIMITED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await AskAsync(from, $"/t/{org.Slug}/graphql", 1))[0].StatusCode);
    }
}
