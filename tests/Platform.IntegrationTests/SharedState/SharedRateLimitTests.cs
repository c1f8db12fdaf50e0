using System.Globalization;
using System.Net;
using System.Text;
using Platform.Api.GraphQL;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.SharedState;

/// <summary>A host with limits small enough to reach: 20 requests a minute per client, 30 per organization.</summary>
public sealed class SharedRateLimitApp : PlatformApp
{
    public const int PerClient = 20;
    public const int PerOrganization = 30;

    public static readonly (string Key, string Value)[] Limits =
    [
        ("GraphQL:ClientRequestsPerMinute", PerClient.ToString(CultureInfo.InvariantCulture)),
        ("GraphQL:TenantRequestsPerMinute", PerOrganization.ToString(CultureInfo.InvariantCulture)),
    ];

    public SharedRateLimitApp()
    {
        Set("Jobs:Enabled", "false");
        foreach (var (key, value) in Limits) Set(key, value);
    }
}

/// <summary>
/// The limits hold for the cluster, not per instance: requests alternated between two instances are refused once the
/// shared limit is spent. Each instance claims permits in batches; the cluster never grants more than the limit, and
/// refuses no earlier than after <c>limit − (instances − 1) × (batch − 1)</c>.
/// </summary>
public sealed class SharedRateLimitTests(SharedRateLimitApp app) : IClassFixture<SharedRateLimitApp>
{
    private static int Floor(int limit) => limit - (2 - 1) * (PlatformRateLimiter.BatchOf(limit) - 1);

    private static async Task<HttpResponseMessage> AskAsync(HttpClient http, string path)
    {
        using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
        return await http.PostAsync(path, content);
    }

    [Fact]
    public async Task A_client_alternating_between_two_instances_is_refused_after_the_shared_limit_with_retry_after()
    {
        await using var b = await SecondInstance.StartAsync(app, SharedRateLimitApp.Limits);
        var from = Loopback.NextAddress();
        HttpClient[] instances = [Loopback.Http(app.BaseAddress, from), Loopback.Http(b.BaseAddress, from)];

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 2 * SharedRateLimitApp.PerClient; i++) answers.Add(await AskAsync(instances[i % 2], "/graphql"));

        // Permits one instance claimed and did not use are the only slack: counted, not ordered.
        var granted = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        Assert.InRange(granted, Floor(SharedRateLimitApp.PerClient), SharedRateLimitApp.PerClient);
        var refused = answers.Where(a => a.StatusCode != HttpStatusCode.OK).ToList();
        Assert.All(refused, a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.All(answers[^2..], a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.Contains(refused, a => a.RequestMessage!.RequestUri!.Port == b.BaseAddress.Port);
        Assert.Contains(refused, a => a.RequestMessage!.RequestUri!.Port == app.BaseAddress.Port);
        foreach (var answer in refused)
        {
            Assert.True(answer.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            Assert.True(answer.Headers.RetryAfter?.Delta <= TimeSpan.FromMinutes(1));
            Assert.Equal("RATE_LIMITED", (await GraphQLClient.ReadAsync(answer)).FirstErrorCode);
        }

        // Another client is still answered on both.
        var other = Loopback.NextAddress();
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(Loopback.Http(app.BaseAddress, other), "/graphql")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(Loopback.Http(b.BaseAddress, other), "/graphql")).StatusCode);
    }

    [Fact]
    public async Task An_organizations_ceiling_holds_over_its_clients_on_both_instances_together()
    {
        await using var b = await SecondInstance.StartAsync(app, SharedRateLimitApp.Limits);
        var org = await new Accounts(app, Loopback.Http(app.BaseAddress, Loopback.NextAddress())).CreateOrganizationAsync();
        var path = $"/t/{org.Slug}/graphql";

        var statuses = new List<HttpStatusCode>();
        for (var client = 0; client < 8; client++)
        {
            var from = Loopback.NextAddress();
            HttpClient[] instances = [Loopback.Http(app.BaseAddress, from), Loopback.Http(b.BaseAddress, from)];
            for (var i = 0; i < 5; i++) statuses.Add((await AskAsync(instances[i % 2], path)).StatusCode);
        }

        var granted = statuses.Count(s => s == HttpStatusCode.OK);
        Assert.InRange(granted, Floor(SharedRateLimitApp.PerOrganization), SharedRateLimitApp.PerOrganization);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.TooManyRequests));
        Assert.All(statuses[^2..], s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}
