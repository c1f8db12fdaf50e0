using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Identity;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class AuthorizationTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);

    private const string Members = "{ organization { members(first: 5) { edges { node { id } } } } }";
    private const string DefineRole = "mutation { defineCustomerRole(input: { key: \"vip\", name: \"VIP\" }) { customerRole { id } userErrors { code } } }";

    [Fact]
    public async Task Anonymous_callers_get_401_for_member_fields()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var result = await _accounts.GraphQL.SendAsync(Members, tenant: org.Slug);
        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("UNAUTHENTICATED", result.FirstErrorCode);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task A_user_who_is_not_a_member_gets_an_authorization_error()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var stranger = await _accounts.SignUpAsync();
        var result = await _accounts.GraphQL.SendAsync(Members, token: stranger.Token, tenant: org.Slug);
        Assert.Equal(HttpStatusCode.Forbidden, result.Status);
        Assert.Equal("FORBIDDEN", result.FirstErrorCode);
    }

    [Fact]
    public async Task A_customer_cannot_call_admin_mutations_and_nothing_changes()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var customer = await _accounts.SignUpAsync();
        await _accounts.AddMemberAsync(org, customer, staffRole: null);

        var result = await _accounts.GraphQL.SendAsync(DefineRole, token: customer.Token, tenant: org.Slug);
        Assert.Equal(HttpStatusCode.Forbidden, result.Status);
        Assert.Equal("FORBIDDEN", result.FirstErrorCode);

        var roles = await _accounts.GraphQL.SendAsync("{ organization { customerRoles { key } } }", tenant: org.Slug);
        Assert.Empty(roles.Get("organization.customerRoles").AsArray());
    }

    [Fact]
    public async Task A_provider_is_staff_but_not_an_administrator()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var provider = await _accounts.SignUpAsync();
        await _accounts.AddMemberAsync(org, provider, "PROVIDER");

        var list = await _accounts.GraphQL.SendAsync(Members, token: provider.Token, tenant: org.Slug);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal(2, list.Get("organization.members.edges").AsArray().Count);

        var define = await _accounts.GraphQL.SendAsync(DefineRole, token: provider.Token, tenant: org.Slug);
        Assert.Equal(HttpStatusCode.Forbidden, define.Status);
    }

    [Fact]
    public async Task A_token_for_organization_a_does_not_act_in_organization_b()
    {
        var a = await _accounts.CreateOrganizationAsync();
        var b = await _accounts.CreateOrganizationAsync();
        var result = await _accounts.GraphQL.SendAsync(DefineRole, token: a.Owner.Token, tenant: b.Slug);
        Assert.Equal(HttpStatusCode.Forbidden, result.Status);

        var header = new GraphQLClient(HeaderClient(b.Slug));
        var viaHeader = await header.SendAsync(DefineRole, token: a.Owner.Token, path: "/graphql");
        Assert.Equal(HttpStatusCode.Forbidden, viaHeader.Status);
    }

    [Fact]
    public async Task An_integration_client_acts_only_in_its_own_organization()
    {
        var a = await _accounts.CreateOrganizationAsync();
        var b = await _accounts.CreateOrganizationAsync();
        var tenantA = Guid.Parse((await _accounts.GraphQL.SendAsync("{ organization { id } }", tenant: a.Slug)).Get("organization.id").GetValue<string>() is var gid
            && Platform.Api.GraphQL.Relay.GlobalId.TryDecode(gid, out _, out var id) ? id.ToString() : "");
        string secret;
        var clientId = "integration-" + Guid.NewGuid().ToString("N")[..8];
        using (var scope = app.Services.CreateScope())
        {
            secret = await scope.ServiceProvider.GetRequiredService<ClientRegistrar>().RegisterIntegrationClientAsync(clientId, "Test", tenantA, "Admin", CancellationToken.None);
        }

        using var tokenResponse = await app.Http().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "api",
        }));
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();

        var own = await _accounts.GraphQL.SendAsync(DefineRole, token: token, tenant: a.Slug);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.NotNull(own.Get("defineCustomerRole.customerRole.id"));

        var foreign = await _accounts.GraphQL.SendAsync(DefineRole, token: token, tenant: b.Slug);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.Status);
    }

    [Fact]
    public async Task Only_an_owner_grants_ownership_and_the_last_owner_stays()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var admin = await _accounts.SignUpAsync();
        var adminMembership = await _accounts.AddMemberAsync(org, admin, "ADMIN");
        const string setRole = "mutation($id: ID!, $role: StaffRole) { setMemberRoles(membershipId: $id, staffRole: $role) { membership { staffRole } userErrors { code } } }";

        var selfPromote = await _accounts.GraphQL.SendAsync(setRole, new { id = adminMembership, role = "OWNER" }, admin.Token, org.Slug);
        Assert.Equal("OWNER_REQUIRED", selfPromote.Get("setMemberRoles.userErrors").AsArray()[0]!["code"]!.GetValue<string>());

        var ownerMembership = (await _accounts.GraphQL.SendAsync("{ viewer { membership { id } } }", token: org.Owner.Token, tenant: org.Slug)).Get("viewer.membership.id").GetValue<string>();
        var demote = await _accounts.GraphQL.SendAsync(setRole, new { id = ownerMembership, role = "ADMIN" }, org.Owner.Token, org.Slug);
        Assert.Equal("LAST_OWNER", demote.Get("setMemberRoles.userErrors").AsArray()[0]!["code"]!.GetValue<string>());

        var promote = await _accounts.GraphQL.SendAsync(setRole, new { id = adminMembership, role = "OWNER" }, org.Owner.Token, org.Slug);
        Assert.Equal("OWNER", promote.Get("setMemberRoles.membership.staffRole").GetValue<string>());
    }

    private HttpClient HeaderClient(string slug)
    {
        var client = app.Http();
        client.DefaultRequestHeaders.Add("X-Tenant", slug);
        return client;
    }
}
