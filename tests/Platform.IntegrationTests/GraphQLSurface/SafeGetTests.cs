using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.Api.GraphQL.Execution;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.GraphQLSurface;

/// <summary>GET never runs a mutation, however the document arrives; a malformed persistedQuery is a 400.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SafeGetTests(PlatformApp app)
{
    private async Task<HttpResponseMessage> GetAsync(string queryString, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        request.Headers.Accept.ParseAdd(accept);
        return await app.Http().SendAsync(request);
    }

    private static string Encode(object value) => Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(value));

    [Fact]
    public async Task A_get_over_server_sent_events_that_selects_a_mutation_is_405_and_runs_nothing()
    {
        var email = $"sse-{Guid.NewGuid():N}@example.test";
        var mutation = $"mutation {{ signUp(input: {{email: \"{email}\", password: \"long-enough-pass-1\", displayName: \"x\"}}) "
            + "{ user { id } } }";
        using var response = await GetAsync("query=" + Uri.EscapeDataString(mutation), "text/event-stream");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Contains("METHOD_NOT_ALLOWED", await response.Content.ReadAsStringAsync());
        var token = await TryTokenAsync(email);
        Assert.Null(token);
    }

    [Fact]
    public async Task A_get_whose_persisted_query_hash_names_a_mutation_is_405_over_http_and_over_sse()
    {
        var mutation = "mutation Apq" + Guid.NewGuid().ToString("N") + " { __typename }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedDocuments.Hash(mutation) } };
        var registered = await app.Http().PostAsJsonAsync("/graphql", new { query = mutation, extensions });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);

        foreach (var accept in new[] { "application/graphql-response+json", "application/json", "text/event-stream" })
        {
            using var response = await GetAsync("extensions=" + Encode(extensions), accept);
            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, accept + ": " + await response.Content.ReadAsStringAsync());
            Assert.Contains("POST", response.Content.Headers.Allow);
        }

        // The same hash naming a query is fine over GET: only what the document selects decides.
        var query = "query Apq" + Guid.NewGuid().ToString("N") + " { __typename }";
        var queryExtensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedDocuments.Hash(query) } };
        await app.Http().PostAsJsonAsync("/graphql", new { query, extensions = queryExtensions });
        using var allowed = await GetAsync("extensions=" + Encode(queryExtensions), "application/json");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    public static TheoryData<string> MalformedPersistedQueries() => new()
    {
        "\"a-string\"",
        "[1, 2]",
        "{\"version\": 1}",
        "{\"sha256Hash\": 12}",
        "{\"version\": 2, \"sha256Hash\": \"" + new string('a', 64) + "\"}",
        "{\"version\": \"1\", \"sha256Hash\": \"" + new string('a', 64) + "\"}",
        "{\"version\": 1, \"sha256Hash\": null}",
    };

    [Theory]
    [MemberData(nameof(MalformedPersistedQueries))]
    public async Task A_persisted_query_extension_of_the_wrong_shape_is_400(string persistedQuery)
    {
        foreach (var withQuery in new[] { false, true })
        {
            var body = "{" + (withQuery ? "\"query\":\"{ __typename }\"," : "")
                + "\"extensions\":{\"persistedQuery\":" + persistedQuery + "}}";
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            var response = await GraphQLClient.ReadAsync(await app.Http().PostAsync("/graphql", content));
            Assert.True(response.Status == HttpStatusCode.BadRequest, $"{body} → {response.Status} {response.Body?.ToJsonString()}");
            Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
        }

        var extensions = Uri.EscapeDataString("{\"persistedQuery\":" + persistedQuery + "}");
        using var get = await GetAsync("query=" + Uri.EscapeDataString("{ __typename }") + "&extensions=" + extensions, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
    }

    private async Task<string?> TryTokenAsync(string email)
    {
        try
        {
            return await new Accounts(app).TokenAsync(email, "long-enough-pass-1");
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
