using Npgsql;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

/// <summary>Attacks tenant isolation through the API: B's ids used with A's token and A resolved.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IsolationTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);

    private sealed record Foreign(string OrganizationId, string MembershipId, string CustomerRoleId, string InvitationId, string UserId);

    private async Task<(Accounts.Organization A, Accounts.Organization B, Foreign B_)> TwoOrganizationsAsync()
    {
        var a = await _accounts.CreateOrganizationAsync();
        var b = await _accounts.CreateOrganizationAsync();
        var member = await _accounts.SignUpAsync();
        var roleId = await _accounts.DefineRoleAsync(b, "vip");
        var membershipId = await _accounts.AddMemberAsync(b, member, "STAFF", "vip");
        var invite = await _accounts.GraphQL.SendAsync(
            "mutation { inviteMember(input: { email: \"someone@example.test\", staffRole: PROVIDER }) { invitation { id } } }", null, b.Owner.Token, b.Slug);
        var user = await _accounts.GraphQL.SendAsync("{ viewer { user { id } } }", null, member.Token, b.Slug);
        return (a, b, new Foreign(b.Id, membershipId, roleId, invite.Get("inviteMember.invitation.id").GetValue<string>(), user.Get("viewer.user.id").GetValue<string>()));
    }

    [Fact]
    public async Task Node_and_nodes_return_null_for_another_organizations_ids_without_errors()
    {
        var (a, _, foreign) = await TwoOrganizationsAsync();
        string[] ids = [foreign.OrganizationId, foreign.MembershipId, foreign.CustomerRoleId, foreign.InvitationId, foreign.UserId];

        foreach (var id in ids)
        {
            var single = await _accounts.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { id __typename } }", new { id }, a.Owner.Token, a.Slug);
            Assert.Null(single.Errors);
            Assert.Null(single.Data!["node"]);
        }

        var many = await _accounts.GraphQL.SendAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }, a.Owner.Token, a.Slug);
        Assert.Null(many.Errors);
        Assert.All(many.Get("nodes").AsArray(), Assert.Null);
    }

    [Fact]
    public async Task The_same_ids_resolve_inside_their_own_organization()
    {
        var (_, b, foreign) = await TwoOrganizationsAsync();
        string[] ids = [foreign.OrganizationId, foreign.MembershipId, foreign.CustomerRoleId, foreign.InvitationId, foreign.UserId];
        var many = await _accounts.GraphQL.SendAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }", new { ids }, b.Owner.Token, b.Slug);
        Assert.Null(many.Errors);
        Assert.Equal(["Organization", "Membership", "CustomerRole", "Invitation", "User"], many.Get("nodes").AsArray().Select(n => n!["__typename"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Mutations_on_another_organizations_ids_change_nothing()
    {
        var (a, _, foreign) = await TwoOrganizationsAsync();
        var before = await SnapshotMembershipAsync(foreign.MembershipId);

        var setRole = await _accounts.GraphQL.SendAsync(
            "mutation($id: ID!) { setMemberRoles(membershipId: $id, staffRole: ADMIN) { membership { id } userErrors { code } } }", new { id = foreign.MembershipId }, a.Owner.Token, a.Slug);
        var assign = await _accounts.GraphQL.SendAsync(
            "mutation($id: ID!) { assignCustomerRoles(membershipId: $id, roles: []) { membership { id } userErrors { code } } }", new { id = foreign.MembershipId }, a.Owner.Token, a.Slug);
        var remove = await _accounts.GraphQL.SendAsync(
            "mutation($id: ID!) { removeMember(membershipId: $id) { removedMembershipId userErrors { code } } }", new { id = foreign.MembershipId }, a.Owner.Token, a.Slug);

        Assert.Equal("NOT_FOUND", setRole.Get("setMemberRoles.userErrors").AsArray()[0]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", assign.Get("assignCustomerRoles.userErrors").AsArray()[0]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", remove.Get("removeMember.userErrors").AsArray()[0]!["code"]!.GetValue<string>());
        Assert.Equal(before, await SnapshotMembershipAsync(foreign.MembershipId));
        Assert.Equal("Staff|{vip}", before);
    }

    /// <summary>Reads the row as the database sees it, within its own tenant (RLS applies to every role here).</summary>
    private async Task<string> SnapshotMembershipAsync(string globalId)
    {
        Platform.Api.GraphQL.Relay.GlobalId.TryDecode(globalId, out _, out var id);
        await using var connection = new NpgsqlConnection(app.Database.AppConnectionString);
        await connection.OpenAsync();
        // Try each tenant in turn: the row is visible only with its own tenant set.
        await using var tenantOf = new NpgsqlCommand("SELECT id FROM platform.tenants", connection);
        var tenants = new List<Guid>();
        await using (var reader = await tenantOf.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tenants.Add(reader.GetGuid(0));
        }

        foreach (var tenant in tenants)
        {
            await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", connection) { Parameters = { new() { Value = tenant.ToString() } } };
            await set.ExecuteNonQueryAsync();
            await using var read = new NpgsqlCommand("SELECT staff_role || '|{' || array_to_string(customer_roles, ',') || '}' FROM memberships WHERE id = $1", connection) { Parameters = { new() { Value = id } } };
            if (await read.ExecuteScalarAsync() is string row) return row;
        }

        return "missing";
    }
}
