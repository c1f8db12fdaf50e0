using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.IdentityTests;

/// <summary>Issue 13, item 3: a bearer token that does not validate is a 401 the client can act on, never anonymity.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BearerTokenTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);

    [Fact]
    public async Task A_forged_or_garbled_token_is_401_invalid_token_on_graphql_the_organization_endpoint_and_server_sent_events()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var valid = org.Owner.Token;
        var forged = valid[..^6] + (valid[^6] == 'A' ? "BBBBBB" : "AAAAAA");

        foreach (var token in new[] { forged, "not-a-token" })
        {
            await AssertInvalidTokenAsync(await SendAsync("/graphql", token, "application/graphql-response+json"));
            await AssertInvalidTokenAsync(await SendAsync($"/t/{org.Slug}/graphql", token, "application/json"));
            await AssertInvalidTokenAsync(await SendAsync($"/t/{org.Slug}/graphql", token, "text/event-stream"));
        }
    }

    [Fact]
    public async Task An_expired_token_is_401_invalid_token()
    {
        var person = await _accounts.SignUpAsync();
        using (app.Clock.Advance(TimeSpan.FromDays(31)))
        {
            await AssertInvalidTokenAsync(await SendAsync("/graphql", person.Token, "application/json"));
        }
    }

    [Fact]
    public async Task No_token_at_all_stays_anonymous()
    {
        var org = await _accounts.CreateOrganizationAsync();
        using var response = await SendAsync($"/t/{org.Slug}/graphql", null, "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Null(body["data"]!["viewer"]);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? token, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(new { query = "{ viewer { user { id } } }" }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await app.Http().SendAsync(request);
    }

    private static async Task AssertInvalidTokenAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var challenge = Assert.Single(response.Headers.WwwAuthenticate);
            Assert.Equal("Bearer", challenge.Scheme);
            Assert.Contains("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.Null(body["data"]);
        }
    }
}
