using System.Net;
using System.Text;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

/// <summary>Malformed requests get a clear 4xx or GraphQL error, never a 500, and change nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);

    private async Task<GraphQLClient.Response> PostRawAsync(string body, string path = "/graphql", string contentType = "application/json")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await GraphQLClient.ReadAsync(await app.Http().SendAsync(request));
    }

    [Fact]
    public async Task Invalid_json_is_400()
    {
        var result = await PostRawAsync("{ \"query\": ");
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("BAD_REQUEST", result.FirstErrorCode);
    }

    [Fact]
    public async Task Wrong_variable_types_are_a_request_error_and_nothing_runs()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var result = await _accounts.GraphQL.SendAsync(
            "mutation($input: DefineCustomerRoleInput!) { defineCustomerRole(input: $input) { customerRole { id } } }",
            new { input = new { key = 42, name = new[] { "not", "a", "string" } } }, org.Owner.Token, org.Slug);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.NotNull(result.Errors);
        Assert.Null(result.Data);
        var roles = await _accounts.GraphQL.SendAsync("{ organization { customerRoles { key } } }", tenant: org.Slug);
        Assert.Empty(roles.Get("organization.customerRoles").AsArray());
    }

    [Fact]
    public async Task A_10_MB_body_is_413()
    {
        var body = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', 10 * 1024 * 1024) + "\"}}";
        var result = await PostRawAsync(body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
    }

    [Fact]
    public async Task A_200_level_nested_query_is_refused_without_a_500()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("viewer { user { ", 100)) + "id" + new string('}', 200) + " }";
        var result = await PostRawAsync(System.Text.Json.JsonSerializer.Serialize(new { query }));
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", result.FirstErrorCode);
    }

    [Fact]
    public async Task A_query_deeper_than_the_depth_limit_but_parseable_is_refused()
    {
        // About 30 levels: parses fine (under the parser limit) but exceeds the validation depth limit of 20.
        var query = "{ viewer { memberships { " + string.Concat(Enumerable.Repeat("organization { members { edges { node { ", 7)) + "id" + new string('}', 28) + " } } }";
        var org = await _accounts.CreateOrganizationAsync();
        var result = await _accounts.GraphQL.SendAsync(query, token: org.Owner.Token, tenant: org.Slug);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("depth", result.Errors![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_tenant_slug_is_404_with_a_clear_message()
    {
        var result = await PostRawAsync("{\"query\":\"{ __typename }\"}", "/t/no-such-org/graphql");
        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal("TENANT_NOT_FOUND", result.FirstErrorCode);
    }

    [Fact]
    public async Task A_suspended_organization_is_403()
    {
        var org = await _accounts.CreateOrganizationAsync();
        await using (var connection = new Npgsql.NpgsqlConnection(app.Database.AppConnectionString))
        {
            await connection.OpenAsync();
            await using var suspend = new Npgsql.NpgsqlCommand("UPDATE platform.tenants SET status = 'Suspended' WHERE slug = $1", connection) { Parameters = { new() { Value = org.Slug } } };
            await suspend.ExecuteNonQueryAsync();
        }

        // The test host caches no registry rows (Tenancy:CacheSeconds = 0): the suspension bites at once.
        var result = await PostRawAsync("{\"query\":\"{ __typename }\"}", $"/t/{org.Slug}/graphql");
        Assert.Equal(HttpStatusCode.Forbidden, result.Status);
        Assert.Equal("TENANT_SUSPENDED", result.FirstErrorCode);
    }

    [Fact]
    public async Task Invalid_time_zone_and_currency_are_user_errors_and_create_nothing()
    {
        var owner = await _accounts.SignUpAsync();
        var slug = "tz-" + Guid.NewGuid().ToString("N")[..10];
        var result = await _accounts.GraphQL.SendAsync(
            "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { code field } } }",
            new { input = new { name = "Bad", slug, timeZone = "Mars/Olympus_Mons", currency = "XYZ1" } }, owner.Token);
        var codes = result.Get("createOrganization.userErrors").AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("INVALID_TIME_ZONE", codes);
        Assert.Contains("INVALID_CURRENCY", codes);
        var lookup = await PostRawAsync("{\"query\":\"{ __typename }\"}", $"/t/{slug}/graphql");
        Assert.Equal(HttpStatusCode.NotFound, lookup.Status);
    }

    [Fact]
    public async Task Mutations_over_get_are_405_with_allow()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { signUp(input: {email: \"a@b.cd\", password: \"x\", displayName: \"x\"}) { userErrors { code } } }"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await app.Http().SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Unknown_global_ids_and_garbage_ids_resolve_to_null()
    {
        var result = await PostRawAsync("{\"query\":\"{ a: node(id: \\\"garbage!!\\\") { id } b: node(id: \\\"T3JnYW5pemF0aW9uOjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw\\\") { id } }\"}");
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Null(result.Errors);
        Assert.Null(result.Data!["a"]);
        Assert.Null(result.Data!["b"]);
    }
}
