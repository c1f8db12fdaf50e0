using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.IdentityTests;

/// <summary>Issue 15: API keys for integrators (integration clients) created, rotated and revoked by administrators.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ApiKeyTests(PlatformApp app)
{
    private const string Create = """
        mutation($input: CreateIntegrationClientInput!) { createIntegrationClient(input: $input) {
          client { id name clientId staffRole createdAt lastUsedAt revokedAt } clientId clientSecret userErrors { code field } } }
        """;
    private const string Rotate =
        "mutation($id: ID!) { rotateIntegrationClientSecret(input: { id: $id }) { client { rotatedAt } clientSecret userErrors { code } } }";
    private const string Revoke =
        "mutation($id: ID!) { revokeIntegrationClient(input: { id: $id }) { client { revokedAt } userErrors { code } } }";
    private const string List = "{ integrationClients { id name clientId staffRole lastUsedAt rotatedAt revokedAt } }";

    private readonly Accounts _accounts = new(app);

    private sealed record Key(string Id, string ClientId, string Secret);

    [Fact]
    public async Task A_key_gets_a_token_with_client_credentials_and_acts_with_its_role_and_its_use_is_recorded()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var admin = await CreateAsync(org, org.Owner.Token, "ADMIN");
        var staff = await CreateAsync(org, org.Owner.Token, "STAFF");

        var adminToken = await TokenAsync(admin.ClientId, admin.Secret);
        var listed = await _accounts.GraphQL.SendAsync(List, token: adminToken, tenant: org.Slug);
        Assert.Equal(HttpStatusCode.OK, listed.Status);
        var keys = listed.Get("integrationClients").AsArray();
        Assert.Equal(2, keys.Count);
        var own = keys.Single(k => k!["clientId"]!.GetValue<string>() == admin.ClientId)!;
        Assert.Equal("ADMIN", own["staffRole"]!.GetValue<string>());
        Assert.NotNull(own["lastUsedAt"]);
        Assert.Null(keys.Single(k => k!["clientId"]!.GetValue<string>() == staff.ClientId)!["lastUsedAt"]);

        // A STAFF key is staff, not an administrator.
        var staffToken = await TokenAsync(staff.ClientId, staff.Secret);
        Assert.Equal(HttpStatusCode.Forbidden, (await _accounts.GraphQL.SendAsync(List, token: staffToken, tenant: org.Slug)).Status);
        var bookings = await _accounts.GraphQL.SendAsync("{ bookings(first: 1) { edges { node { id } } } }", token: staffToken, tenant: org.Slug);
        Assert.Equal(HttpStatusCode.OK, bookings.Status);

        // Keys are managed by people, not by keys.
        var byKey = await _accounts.GraphQL.SendAsync(Create, new { input = new { name = "x", staffRole = "STAFF" } }, adminToken, org.Slug);
        Assert.Equal("USER_REQUIRED", Bookings.ErrorCode(byKey, "createIntegrationClient"));
    }

    [Fact]
    public async Task Last_used_moves_at_most_once_a_minute()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var key = await CreateAsync(org, org.Owner.Token, "STAFF");
        await TokenAsync(key.ClientId, key.Secret);
        var first = await LastUsedAsync(org);
        await TokenAsync(key.ClientId, key.Secret);
        Assert.Equal(first, await LastUsedAsync(org));
        using (app.Clock.Advance(TimeSpan.FromMinutes(2)))
        {
            await TokenAsync(key.ClientId, key.Secret);
        }

        Assert.True(await LastUsedAsync(org) > first);
    }

    [Fact]
    public async Task Rotating_refuses_the_old_secret_and_the_new_one_works()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var key = await CreateAsync(org, org.Owner.Token, "STAFF");
        var rotated = await _accounts.GraphQL.SendAsync(Rotate, new { id = key.Id }, org.Owner.Token, org.Slug);
        Assert.Empty(rotated.Get("rotateIntegrationClientSecret.userErrors").AsArray());
        var secret = rotated.Get("rotateIntegrationClientSecret.clientSecret").GetValue<string>();
        Assert.NotEqual(key.Secret, secret);
        Assert.NotNull(rotated.Get("rotateIntegrationClientSecret.client.rotatedAt"));

        Assert.Equal("invalid_client", await RefusedAsync(key.ClientId, key.Secret));
        await TokenAsync(key.ClientId, secret);
    }

    [Fact]
    public async Task Revoking_refuses_new_tokens_and_the_tokens_already_issued()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var key = await CreateAsync(org, org.Owner.Token, "ADMIN");
        var token = await TokenAsync(key.ClientId, key.Secret);
        Assert.Equal(HttpStatusCode.OK, (await _accounts.GraphQL.SendAsync(List, token: token, tenant: org.Slug)).Status);

        var revoked = await _accounts.GraphQL.SendAsync(Revoke, new { id = key.Id }, org.Owner.Token, org.Slug);
        Assert.Empty(revoked.Get("revokeIntegrationClient.userErrors").AsArray());
        Assert.NotNull(revoked.Get("revokeIntegrationClient.client.revokedAt"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await _accounts.GraphQL.SendAsync(List, token: token, tenant: org.Slug)).Status);
        Assert.Equal("invalid_client", await RefusedAsync(key.ClientId, key.Secret));
        var listed = await _accounts.GraphQL.SendAsync(List, token: org.Owner.Token, tenant: org.Slug);
        Assert.NotNull(listed.Get("integrationClients").AsArray().Single()!["revokedAt"]);
        var rotate = await _accounts.GraphQL.SendAsync(Rotate, new { id = key.Id }, org.Owner.Token, org.Slug);
        Assert.Equal("REVOKED", Bookings.ErrorCode(rotate, "rotateIntegrationClientSecret"));
    }

    [Fact]
    public async Task An_admin_cannot_hand_out_ownership_and_non_administrators_are_refused()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var admin = await _accounts.SignUpAsync();
        await _accounts.AddMemberAsync(org, admin, "ADMIN");
        var provider = await _accounts.SignUpAsync();
        await _accounts.AddMemberAsync(org, provider, "PROVIDER");

        var owner = await _accounts.GraphQL.SendAsync(Create, new { input = new { name = "Sync", staffRole = "OWNER" } }, admin.Token, org.Slug);
        Assert.Equal("ROLE_TOO_HIGH", Bookings.ErrorCode(owner, "createIntegrationClient"));
        Assert.Null(owner.Get("createIntegrationClient")["clientSecret"]);
        await CreateAsync(org, admin.Token, "ADMIN");
        var ownerKey = await CreateAsync(org, org.Owner.Token, "OWNER");
        var rotate = await _accounts.GraphQL.SendAsync(Rotate, new { id = ownerKey.Id }, admin.Token, org.Slug);
        Assert.Equal("ROLE_TOO_HIGH", Bookings.ErrorCode(rotate, "rotateIntegrationClientSecret"));

        var byProvider = await _accounts.GraphQL.SendAsync(Create, new { input = new { name = "x", staffRole = "STAFF" } }, provider.Token, org.Slug);
        Assert.Equal(HttpStatusCode.Forbidden, byProvider.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _accounts.GraphQL.SendAsync(List, token: provider.Token, tenant: org.Slug)).Status);
    }

    [Fact]
    public async Task Another_organizations_key_is_not_found()
    {
        var a = await _accounts.CreateOrganizationAsync();
        var b = await _accounts.CreateOrganizationAsync();
        var key = await CreateAsync(a, a.Owner.Token, "STAFF");

        var rotate = await _accounts.GraphQL.SendAsync(Rotate, new { id = key.Id }, b.Owner.Token, b.Slug);
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(rotate, "rotateIntegrationClientSecret"));
        var revoke = await _accounts.GraphQL.SendAsync(Revoke, new { id = key.Id }, b.Owner.Token, b.Slug);
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(revoke, "revokeIntegrationClient"));
        Assert.Empty((await _accounts.GraphQL.SendAsync(List, token: b.Owner.Token, tenant: b.Slug)).Get("integrationClients").AsArray());
        // Still working in its own organization.
        await TokenAsync(key.ClientId, key.Secret);
    }

    [Fact]
    public async Task The_demo_seeds_integration_client_is_listed_as_an_api_key_and_seeding_again_keeps_one()
    {
        await app.InScopeAsync<Platform.Api.Data.DemoSeeder>(seeder => seeder.SeedAsync(CancellationToken.None));
        await app.InScopeAsync<Platform.Api.Data.DemoSeeder>(seeder => seeder.SeedAsync(CancellationToken.None));
        // Read as the database shows it under the demo organization (another test may own owner@demo.test's password).
        var tenantId = await app.Database.ScalarAsync<Guid>($"SELECT id FROM platform.tenants WHERE slug = '{Platform.Api.Data.DemoSeeder.Slug}'");
        await using var connection = await app.Database.OpenAsTenantAsync(tenantId);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*), min(staff_role), bool_and(rotated_at IS NOT NULL), bool_and(revoked_at IS NULL) FROM integration_clients "
            + "WHERE client_id = 'demo-integration'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((1L, "Admin", true, true), (reader.GetInt64(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3)));
    }

    private async Task<DateTimeOffset> LastUsedAsync(Accounts.Organization org)
    {
        var listed = await _accounts.GraphQL.SendAsync(List, token: org.Owner.Token, tenant: org.Slug);
        var value = listed.Get("integrationClients").AsArray().Single()!["lastUsedAt"]!.GetValue<string>();
        return DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<Key> CreateAsync(Accounts.Organization org, string token, string role)
    {
        var result = await _accounts.GraphQL.SendAsync(Create, new { input = new { name = "Key " + role, staffRole = role } }, token, org.Slug);
        Assert.True(result.Errors is null, result.Body?.ToJsonString());
        Assert.Empty(result.Get("createIntegrationClient.userErrors").AsArray());
        var clientId = result.Get("createIntegrationClient.clientId").GetValue<string>();
        Assert.Equal(clientId, result.Get("createIntegrationClient.client.clientId").GetValue<string>());
        return new Key(result.Get("createIntegrationClient.client.id").GetValue<string>(), clientId,
            result.Get("createIntegrationClient.clientSecret").GetValue<string>());
    }

    private async Task<string> TokenAsync(string clientId, string secret)
    {
        using var response = await PostTokenAsync(clientId, secret);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, body?.ToJsonString());
        return body!["access_token"]!.GetValue<string>();
    }

    private async Task<string?> RefusedAsync(string clientId, string secret)
    {
        using var response = await PostTokenAsync(clientId, secret);
        Assert.False(response.IsSuccessStatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())?["error"]?.GetValue<string>();
    }

    private async Task<HttpResponseMessage> PostTokenAsync(string clientId, string secret) =>
        await app.Http().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "api",
        }));
}
