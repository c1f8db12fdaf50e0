using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebTests;

/// <summary>A host in allow-list mode whose list is the built web client's manifest (wwwroot/app/persisted-documents.json).</summary>
public sealed class AllowListApp : PlatformApp
{
    public static readonly string Manifest =
        Path.Combine(BrowserScenarios.RepositoryRoot(), "src", "Platform.Api", "wwwroot", "app", "persisted-documents.json");

    public AllowListApp()
    {
        Set("Jobs:Enabled", "false");
        Set("GraphQL:PersistedDocumentsMode", "AllowList");
        Set("GraphQL:PersistedDocumentsPath", Manifest);
    }
}

/// <summary>The client's own documents run on a server that runs nothing else.</summary>
public sealed class WebClientAllowListTests(AllowListApp app) : IClassFixture<AllowListApp>
{
    [Fact]
    public async Task The_client_manifest_documents_run_and_others_are_refused()
    {
        Assert.True(File.Exists(AllowListApp.Manifest), AllowListApp.Manifest + " is missing: dotnet build builds the web client");
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(AllowListApp.Manifest))!;
        // A query with no variables, so it runs as listed: the booking page's list of offerings.
        var (hash, document) = manifest.First(d => d.Value.StartsWith("query BookingOfferings {", StringComparison.Ordinal));
        Assert.Equal(PersistedDocuments.Hash(document), hash.Replace("sha256:", "", StringComparison.Ordinal));
        // The demo organization is seeded straight into the database: in this mode the API would refuse the mutations that create one.
        await app.InScopeAsync<DemoSeeder>(seeder => seeder.SeedAsync(CancellationToken.None));
        using var http = app.Http();
        var graphql = $"/t/{DemoSeeder.Slug}/graphql";

        var byId = await GraphQLClient.ReadAsync(await http.PostAsJsonAsync(graphql, new { documentId = "sha256:" + hash }));
        Assert.True(byId.Errors is null, byId.Body?.ToJsonString());
        Assert.NotEmpty(byId.Get("offerings").AsArray());

        var byText = await GraphQLClient.ReadAsync(await http.PostAsJsonAsync(graphql, new { query = document }));
        Assert.True(byText.Errors is null, byText.Body?.ToJsonString());

        var other = await GraphQLClient.ReadAsync(await http.PostAsJsonAsync(graphql, new { query = "query Other { offerings { id } }" }));
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", other.FirstErrorCode);
        Assert.Null(other.Data);
    }

    /// <summary>A whole booking in the browser against a server that runs only the client's manifest (web/e2e/booking-guest.mjs).</summary>
    [Fact]
    public async Task A_booking_goes_through_in_the_browser_with_the_server_in_allow_list_mode()
    {
        await app.InScopeAsync<DemoSeeder>(seeder => seeder.SeedAsync(CancellationToken.None));
        await new BrowserScenarios(app).RunAsync("booking-guest", new
        {
            slug = DemoSeeder.Slug, offering = "Intro call", email = "customer@demo.test", password = DemoSeeder.DefaultPassword,
        });
    }
}
