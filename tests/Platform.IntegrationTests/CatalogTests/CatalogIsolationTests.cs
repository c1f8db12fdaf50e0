using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.CatalogTests;

/// <summary>Attacks catalog isolation: organization B's offering, provider, price rule and blackout ids used from A.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CatalogIsolationTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);
    private readonly Catalog _catalog = new(app, new Accounts(app));

    private sealed record Foreign(string Offering, string Provider, string PriceRule, string Blackout);

    private async Task<(Accounts.Organization A, Accounts.Organization B, Foreign Ids)> TwoOrganizationsAsync()
    {
        var a = await _accounts.CreateOrganizationAsync();
        var b = await _accounts.CreateOrganizationAsync();
        var provider = await _catalog.CreateProviderAsync(b, "Europe/London");
        var offering = await _catalog.CreateOfferingAsync(b, new { name = "B's secret class", providerIds = new[] { provider } });
        var rules = await _catalog.GraphQL.SendAsync(
            "mutation($id: ID!) { setPriceRules(offeringId: $id, rules: [{ role: \"public\", unitAmount: 777, currency: \"USD\" }]) { priceRules { id } } }",
            new { id = offering }, b.Owner.Token, b.Slug);
        var blackout = await _catalog.GraphQL.SendAsync(
            "mutation($input: AddBlackoutInput!) { addBlackout(input: $input) { blackout { id } } }",
            new { input = new { providerId = provider, startsAt = "2030-01-01T00:00:00Z", endsAt = "2030-01-02T00:00:00Z" } }, b.Owner.Token, b.Slug);
        return (a, b, new Foreign(offering, provider, rules.Get("setPriceRules.priceRules")[0]!["id"]!.GetValue<string>(), blackout.Get("addBlackout.blackout.id").GetValue<string>()));
    }

    [Fact]
    public async Task Another_organizations_catalog_ids_resolve_to_null_in_node_and_nodes()
    {
        var (a, b, ids) = await TwoOrganizationsAsync();
        string[] all = [ids.Offering, ids.Provider, ids.PriceRule, ids.Blackout];

        var fromA = await _catalog.GraphQL.SendAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = all }, a.Owner.Token, a.Slug);
        Assert.Null(fromA.Errors);
        Assert.All(fromA.Get("nodes").AsArray(), Assert.Null);

        var inB = await _catalog.GraphQL.SendAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }", new { ids = all }, b.Owner.Token, b.Slug);
        Assert.Equal(["Offering", "Provider", "PriceRule", "Blackout"], inB.Get("nodes").AsArray().Select(n => n!["__typename"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Lists_slots_and_quotes_in_A_never_show_Bs_catalog()
    {
        var (a, _, ids) = await TwoOrganizationsAsync();
        var lists = await _catalog.GraphQL.SendAsync("{ offerings(includeArchived: true) { id } providers { id } blackouts(from: \"2029-01-01T00:00:00Z\", to: \"2031-01-01T00:00:00Z\") { id } }", null, a.Owner.Token, a.Slug);
        Assert.Empty(lists.Get("offerings").AsArray());
        Assert.Empty(lists.Get("providers").AsArray());
        Assert.Empty(lists.Get("blackouts").AsArray());

        var slots = await _catalog.SlotsAsync(a, new { offeringId = ids.Offering, from = "2030-01-01", to = "2030-01-02" }, a.Owner.Token);
        Assert.Equal("NOT_FOUND", slots.Get("availableSlots.userErrors")[0]!["code"]!.GetValue<string>());
        var quote = await _catalog.GraphQL.SendAsync("query($id: ID!) { quote(offeringId: $id, start: \"2030-01-01T10:00:00Z\") { quote { amount } userErrors { code } } }", new { id = ids.Offering }, a.Owner.Token, a.Slug);
        Assert.Equal("NOT_FOUND", quote.Get("quote.userErrors")[0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mutations_in_A_on_Bs_ids_are_not_found_and_change_nothing_in_B()
    {
        var (a, b, ids) = await TwoOrganizationsAsync();
        (string Query, object Variables, string Field)[] attacks =
        [
            ("mutation($id: ID!) { updateOffering(id: $id, input: { name: \"pwned\" }) { userErrors { code } } }", new { id = ids.Offering }, "updateOffering"),
            ("mutation($id: ID!) { archiveOffering(id: $id) { userErrors { code } } }", new { id = ids.Offering }, "archiveOffering"),
            ("mutation($id: ID!) { setPriceRules(offeringId: $id, rules: []) { userErrors { code } } }", new { id = ids.Offering }, "setPriceRules"),
            ("mutation($id: ID!) { setDateOverride(input: { providerId: $id, date: \"2030-01-01\", hours: [] }) { userErrors { code } } }", new { id = ids.Provider }, "setDateOverride"),
            ("mutation($id: ID!) { clearDateOverride(providerId: $id, date: \"2030-01-01\") { userErrors { code } } }", new { id = ids.Provider }, "clearDateOverride"),
            ("mutation($id: ID!) { addBlackout(input: { providerId: $id, startsAt: \"2030-01-01T00:00:00Z\", endsAt: \"2030-01-02T00:00:00Z\" }) { userErrors { code } } }", new { id = ids.Provider }, "addBlackout"),
            ("mutation($id: ID!) { removeBlackout(id: $id) { userErrors { code } } }", new { id = ids.Blackout }, "removeBlackout"),
            ("mutation($id: ID!) { createOffering(input: { name: \"x\", providerIds: [$id] }) { userErrors { code } } }", new { id = ids.Provider }, "createOffering"),
        ];
        foreach (var (query, variables, field) in attacks)
        {
            var result = await _catalog.GraphQL.SendAsync(query, variables, a.Owner.Token, a.Slug);
            Assert.Null(result.Errors);
            Assert.Contains(result.Get($"{field}.userErrors")[0]!["code"]!.GetValue<string>(), new[] { "NOT_FOUND", "PROVIDER_NOT_FOUND" });
        }

        var inB = await _catalog.GraphQL.SendAsync(
            "query($o: ID!, $b: ID!) { o: node(id: $o) { ... on Offering { name status priceRules { unitAmount } } } b: node(id: $b) { id } }",
            new { o = ids.Offering, b = ids.Blackout }, b.Owner.Token, b.Slug);
        Assert.Equal("B's secret class", inB.Get("o.name").GetValue<string>());
        Assert.Equal("ACTIVE", inB.Get("o.status").GetValue<string>());
        Assert.Equal(777, inB.Get("o.priceRules")[0]!["unitAmount"]!.GetValue<int>());
        Assert.NotNull(inB.Data!["b"]);
    }
}
