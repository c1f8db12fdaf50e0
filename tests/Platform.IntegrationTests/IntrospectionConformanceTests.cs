using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Data;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

/// <summary>The tools people use against the live server: graphql-js introspection, and GraphiQL in a real browser.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IntrospectionConformanceTests(PlatformApp app)
{
    [Fact]
    public async Task Graphql_js_introspection_with_every_option_builds_exactly_the_checked_in_schema()
    {
        var org = await new Accounts(app).CreateOrganizationAsync();
        var config = new
        {
            urls = new[] { new Uri(app.BaseAddress, "/graphql").ToString(), new Uri(app.BaseAddress, $"/t/{org.Slug}/graphql").ToString() },
            schemaPath = Path.Combine(RepositoryRoot(), "schema.graphql"),
        };

        var output = await NodeScripts.RunAsync("introspection.mjs", JsonSerializer.Serialize(config));

        var checks = JsonNode.Parse(output.Trim().Split('\n')[^1])!["checks"]!.AsArray();
        Assert.Equal(4, checks.Count);
        Assert.All(checks, c => Assert.True(c!["ok"]!.GetValue<bool>(), c["name"] + ": " + c["detail"]));
    }

    /// <summary>The PNG stays in tests/artifacts/ (ignored by git) for a person to look at.</summary>
    [Fact]
    public async Task GraphiQL_in_headless_chromium_lists_the_query_fields_of_the_demo_organization_in_its_docs_and_completes_them()
    {
        await app.InScopeAsync<DemoSeeder>(seeder => seeder.SeedAsync(CancellationToken.None));
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Debian's chromium is missing: ./platform test installs it (apt-get install chromium).");
        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "tests", "artifacts")).FullName;
        var screenshot = Path.Combine(artifacts, "graphiql-demo-docs.png");
        File.Delete(screenshot);
        var config = new { url = new Uri(app.BaseAddress, $"/t/{DemoSeeder.Slug}/graphql").ToString(), chromium, screenshot };

        var output = await NodeScripts.RunAsync("graphiql.mjs", JsonSerializer.Serialize(config));

        var report = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        Assert.True(report["error"] is null, report.ToJsonString());
        var fields = report["fields"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
        foreach (var field in new[] { "availableSlots", "offerings", "organization", "node", "myBookings" })
            Assert.Contains(field, fields);
        var completions = report["completions"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Contains(completions, c => c.StartsWith("availableSlots", StringComparison.Ordinal));
        Assert.True(new FileInfo(screenshot).Length > 10_000, "no screenshot at " + screenshot);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "schema.graphql"))) return dir.FullName;
        throw new InvalidOperationException("schema.graphql not found above " + AppContext.BaseDirectory);
    }
}
