using System.Net;
using System.Net.Http.Json;
using Platform.Api.GraphQL.Execution;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

/// <summary>Automatic persisted queries: hash first, text once, then hash only.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PersistedQueryTests(PlatformApp app)
{
    [Fact]
    public async Task Unknown_hash_asks_for_the_text_then_the_hash_alone_runs()
    {
        var query = "query Apq" + Guid.NewGuid().ToString("N") + " { __typename }";
        var hash = PersistedDocuments.Hash(query);
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var miss = await PostAsync(new { extensions });
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss.FirstErrorCode);

        var register = await PostAsync(new { query, extensions });
        Assert.Equal("Query", register.Get("__typename").GetValue<string>());

        var hit = await PostAsync(new { extensions });
        Assert.Equal(HttpStatusCode.OK, hit.Status);
        Assert.Equal("Query", hit.Get("__typename").GetValue<string>());
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_text_is_refused()
    {
        var result = await PostAsync(new { query = "{ __typename }", extensions = new { persistedQuery = new { version = 1, sha256Hash = new string('0', 64) } } });
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", result.FirstErrorCode);
    }

    private async Task<GraphQLClient.Response> PostAsync(object body) =>
        await GraphQLClient.ReadAsync(await app.Http().PostAsJsonAsync("/graphql", body));
}

/// <summary>A host in allow-list mode: only the shipped documents run.</summary>
public sealed class AllowListApp : PlatformApp
{
    public const string Allowed = "query Allowed { __typename }";
    public const string AllowedMutation = "mutation AllowedMutation { __typename }";

    public AllowListApp()
    {
        var path = Path.Combine(Path.GetTempPath(), $"persisted-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["sha256:" + PersistedDocuments.Hash(Allowed)] = Allowed,
            ["sha256:" + PersistedDocuments.Hash(AllowedMutation)] = AllowedMutation,
        }));
        Set("Jobs:Enabled", "false");
        Set("GraphQL:PersistedDocumentsMode", "AllowList");
        Set("GraphQL:PersistedDocumentsPath", path);
    }
}

public sealed class AllowListTests(AllowListApp app) : IClassFixture<AllowListApp>
{
    [Fact]
    public async Task Only_allow_listed_documents_run_by_id_hash_or_identical_text()
    {
        var http = app.Http();
        var byId = await GraphQLClient.ReadAsync(await http.PostAsJsonAsync("/graphql", new { documentId = "sha256:" + PersistedDocuments.Hash(AllowListApp.Allowed) }));
        Assert.Equal("Query", byId.Get("__typename").GetValue<string>());

        var byText = await GraphQLClient.ReadAsync(await http.PostAsJsonAsync("/graphql", new { query = AllowListApp.Allowed }));
        Assert.Equal("Query", byText.Get("__typename").GetValue<string>());

        var other = await GraphQLClient.ReadAsync(await http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" }));
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", other.FirstErrorCode);
        Assert.Null(other.Data);

        var unknownId = await GraphQLClient.ReadAsync(await http.PostAsJsonAsync("/graphql", new { documentId = "sha256:" + new string('a', 64) }));
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", unknownId.FirstErrorCode);
    }

    [Fact]
    public async Task A_get_whose_document_id_names_a_mutation_is_405_over_http_and_over_sse()
    {
        var documentId = Uri.EscapeDataString("sha256:" + PersistedDocuments.Hash(AllowListApp.AllowedMutation));
        foreach (var accept in new[] { "application/graphql-response+json", "text/event-stream" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=" + documentId);
            request.Headers.Accept.ParseAdd(accept);
            using var response = await app.Http().SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Contains("POST", response.Content.Headers.Allow);
        }

        var byId = new { documentId = "sha256:" + PersistedDocuments.Hash(AllowListApp.AllowedMutation) };
        var posted = await GraphQLClient.ReadAsync(await app.Http().PostAsJsonAsync("/graphql", byId));
        Assert.Equal("Mutation", posted.Get("__typename").GetValue<string>());
    }
}
