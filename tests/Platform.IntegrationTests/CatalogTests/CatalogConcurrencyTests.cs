using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.CatalogTests;

/// <summary>Parallel "replace everything" writes on one parent: none fails, and the result is one whole write, never a mix.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CatalogConcurrencyTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);
    private readonly Catalog _catalog = new(app, new Accounts(app));

    [Fact]
    public async Task Twenty_parallel_price_rule_replacements_all_succeed_and_one_of_them_wins_whole()
    {
        var org = await _accounts.CreateOrganizationAsync();
        await _accounts.DefineRoleAsync(org, "member");
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Lesson" });

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => _catalog.GraphQL.SendAsync(
            "mutation($id: ID!, $rules: [PriceRuleInput!]!) { setPriceRules(offeringId: $id, rules: $rules) { userErrors { code } } }",
            new { id = offering, rules = new object[] { new { role = "public", unitAmount = i * 1000, currency = "USD" }, new { role = "member", unitAmount = i * 100, currency = "USD" } } },
            org.Owner.Token, org.Slug)));
        Assert.All(results, r => Assert.True(r.Errors is null && r.Get("setPriceRules.userErrors").AsArray().Count == 0, r.Body?.ToJsonString()));

        var rules = (await _catalog.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Offering { priceRules { role unitAmount } } } }", new { id = offering }, null, org.Slug))
            .Get("node.priceRules").AsArray().ToDictionary(r => r!["role"]!.GetValue<string>(), r => r!["unitAmount"]!.GetValue<long>());
        Assert.Equal(2, rules.Count);
        Assert.Equal(rules["public"], rules["member"] * 10);
    }

    [Fact]
    public async Task Parallel_schedule_writes_for_one_member_make_exactly_one_provider()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var person = await _accounts.SignUpAsync();
        var membershipId = await _accounts.AddMemberAsync(org, person, "PROVIDER");

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => _catalog.GraphQL.SendAsync(
            "mutation($input: SetProviderScheduleInput!) { setProviderSchedule(input: $input) { provider { id } userErrors { code } } }",
            new { input = new { membershipId, timeZone = "UTC", weeklyHours = new[] { new { dayOfWeek = "MONDAY", start = $"{i:00}:00", end = $"{i + 1:00}:00" } } } },
            org.Owner.Token, org.Slug)));
        Assert.All(results, r => Assert.True(r.Errors is null && r.Get("setProviderSchedule.userErrors").AsArray().Count == 0, r.Body?.ToJsonString()));
        Assert.Single(results.Select(r => r.Get("setProviderSchedule.provider.id").GetValue<string>()).Distinct());

        var providers = await _catalog.GraphQL.SendAsync("{ providers { weeklyHours { start } } }", null, org.Owner.Token, org.Slug);
        Assert.Single(providers.Get("providers").AsArray());
        Assert.Single(providers.Get("providers")[0]!["weeklyHours"]!.AsArray());
    }
}
