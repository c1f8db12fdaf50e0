using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebTests;

/// <summary>
/// The web client as the API serves it: its page at the client's addresses (with its security headers), its files
/// under /app/ (hashed ones cached for good), and everything that is not a page load answered as before.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class WebClientServingTests(PlatformApp app)
{
    public const string ImmutableCache = "public, max-age=31536000, immutable";

    /// <summary>Building the solution builds the client (web/WebClient.targets): without it these tests would prove nothing.</summary>
    public static string BuiltIndex()
    {
        var index = Path.Combine(BrowserScenarios.RepositoryRoot(), "src", "Platform.Api", "wwwroot", "app", "index.html");
        Assert.True(File.Exists(index), $"{index} is missing: dotnet build builds the web client (unless WebClientSkip=true)");
        return File.ReadAllText(index);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/callback?code=abc&state=xyz")]
    [InlineData("/signup")]
    [InlineData("/forgot-password")]
    [InlineData("/reset-password?token=t")]
    [InlineData("/confirm-email")]
    public async Task The_client_pages_outside_organizations_answer_index_html_to_browsers(string path)
    {
        var index = BuiltIndex();
        using var response = await NavigateAsync(path);
        await AssertPageAsync(response, index, framedBy: "'self'");
    }

    [Fact]
    public async Task Every_page_of_an_organization_answers_index_html_and_only_the_embed_page_may_be_framed_anywhere()
    {
        var index = BuiltIndex();
        var org = await new Accounts(app).CreateOrganizationAsync();
        foreach (var path in new[] { "", "/", "/bookings", "/agenda", "/console", "/console/offerings/x", "/booking/Qm9va2luZzox", "/whatever/else" })
        {
            using var response = await NavigateAsync($"/t/{org.Slug}{path}");
            await AssertPageAsync(response, index, framedBy: "'self'");
        }

        using var embed = await NavigateAsync($"/t/{org.Slug}/embed");
        await AssertPageAsync(embed, index, framedBy: "*");

        using var head = await app.Http().SendAsync(Navigation(HttpMethod.Head, $"/t/{org.Slug}/bookings"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task What_is_not_a_page_load_of_the_client_keeps_its_answer()
    {
        BuiltIndex();
        var org = await new Accounts(app).CreateOrganizationAsync();
        using var http = app.Http();

        using var unknown = await NavigateAsync("/t/no-such-org-" + Guid.NewGuid().ToString("N")[..8] + "/bookings");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("TENANT_NOT_FOUND", JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        using var notClient = await NavigateAsync("/not-a-client-page");
        Assert.Equal(HttpStatusCode.NotFound, notClient.StatusCode);

        var json = new HttpRequestMessage(HttpMethod.Get, $"/t/{org.Slug}/bookings");
        json.Headers.Accept.ParseAdd("application/json");
        using var fetch = await http.SendAsync(json);
        Assert.Equal(HttpStatusCode.NotFound, fetch.StatusCode);
        Assert.NotEqual("text/html", fetch.Content.Headers.ContentType?.MediaType);

        using var post = await http.SendAsync(Navigation(HttpMethod.Post, $"/t/{org.Slug}/bookings"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        // Not a browser: / still leads to GraphiQL.
        using var root = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/graphql", root.Headers.Location?.OriginalString);

        foreach (var graphiql in new[] { "/graphql", $"/t/{org.Slug}/graphql" })
        {
            using var page = await NavigateAsync(graphiql);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("graphiql-assets", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var login = await NavigateAsync("/account/login");
        Assert.DoesNotContain("/app/assets/", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hashed_files_are_cached_for_good_and_fixed_names_are_revalidated()
    {
        var index = BuiltIndex();
        var assets = AssetReference().Matches(index).Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(assets);
        using var http = app.Http();
        foreach (var asset in assets)
        {
            using var file = await http.GetAsync(asset);
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{asset}: {file.StatusCode}");
            Assert.Equal(ImmutableCache, file.Headers.CacheControl?.ToString());
            Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        }

        foreach (var (name, type) in new[] { ("/app/embed.js", "text/javascript"), ("/app/persisted-documents.json", "application/json") })
        {
            using var file = await http.GetAsync(name);
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{name}: {file.StatusCode}");
            Assert.Equal(type, file.Content.Headers.ContentType?.MediaType);
            Assert.True(file.Headers.CacheControl?.NoCache == true, $"{name}: Cache-Control {file.Headers.CacheControl}");
        }

        using var missing = await http.GetAsync("/app/assets/no-such-file-0000.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.CacheControl);
    }

    private async Task<HttpResponseMessage> NavigateAsync(string path) => await app.Http().SendAsync(Navigation(HttpMethod.Get, path));

    /// <summary>What a browser sends when it opens an address.</summary>
    private static HttpRequestMessage Navigation(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    private static async Task AssertPageAsync(HttpResponseMessage response, string index, string framedBy)
    {
        var where = response.RequestMessage?.RequestUri?.PathAndQuery;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{where}: {response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(index, await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache == true, $"{where}: Cache-Control {response.Headers.CacheControl}");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = Directives(response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal([framedBy], csp["frame-ancestors"]);
        Assert.Contains("'self'", csp["default-src"]);
        Assert.Equal(["'self'", "https://js.stripe.com"], csp["script-src"]);
        Assert.Contains("https://js.stripe.com", csp["frame-src"]);
        Assert.Contains("https://hooks.stripe.com", csp["frame-src"]);
        Assert.Contains("https://api.stripe.com", csp["connect-src"]);
        var host = response.RequestMessage!.RequestUri!.Authority;
        Assert.Contains($"ws://{host}", csp["connect-src"]);
        Assert.Contains($"wss://{host}", csp["connect-src"]);
        Assert.Contains("'unsafe-inline'", csp["style-src"]);
        Assert.Equal(["'self'", "data:", "https:"], csp["img-src"]);
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    [GeneratedRegex(@"/app/assets/[A-Za-z0-9._-]+\.(?:js|css)")]
    private static partial Regex AssetReference();
}
