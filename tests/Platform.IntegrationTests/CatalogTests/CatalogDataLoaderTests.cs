using System.Collections.Concurrent;
using System.Diagnostics;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.CatalogTests;

/// <summary>
/// No N+1: the SQL commands one request runs do not grow with the number of offerings. Npgsql traces
/// every command as an Activity; the request carries this test's trace id, so only its commands count.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CatalogDataLoaderTests(PlatformApp app)
{
    private const string CatalogQuery = """
        {
          offerings { name providers { displayName timeZone weeklyHours { dayOfWeek start end } offerings { name } } priceRules { role unitAmount } }
          providers { membership { staffRole } dateOverrides(from: "2030-01-01", to: "2030-12-31") { date dayOff } busyIntervals(from: "2030-01-01T00:00:00Z", to: "2030-12-31T00:00:00Z") { startsAt } }
        }
        """;
    private readonly Accounts _accounts = new(app);
    private readonly Catalog _catalog = new(app, new Accounts(app));

    [Fact]
    public async Task Offerings_providers_hours_prices_and_staff_details_take_the_same_number_of_queries_for_2_or_8_offerings()
    {
        var small = await OrganizationWithOfferingsAsync(2, providers: 2);
        var large = await OrganizationWithOfferingsAsync(8, providers: 5);

        var (smallCommands, smallCount) = await CountCommandsAsync(small);
        var (largeCommands, largeCount) = await CountCommandsAsync(large);

        Assert.Equal(2, smallCount);
        Assert.Equal(8, largeCount);
        Assert.True(smallCommands > 0, "No SQL commands were traced; the measurement is broken.");
        Assert.Equal(smallCommands, largeCommands);
    }

    private async Task<Accounts.Organization> OrganizationWithOfferingsAsync(int count, int providers)
    {
        var org = await _accounts.CreateOrganizationAsync();
        var providerIds = new List<string>();
        for (var i = 0; i < providers; i++)
        {
            var provider = await _catalog.CreateProviderAsync(org, i % 2 == 0 ? "Europe/London" : "Asia/Kolkata");
            providerIds.Add(provider);
            await _catalog.GraphQL.SendAsync("mutation($id: ID!) { setDateOverride(input: { providerId: $id, date: \"2030-05-01\", hours: [] }) { userErrors { code } } }", new { id = provider }, org.Owner.Token, org.Slug);
            await _catalog.InsertBusyAsync(org, provider, new DateTimeOffset(2030, 5, 2, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 5, 2, 10, 0, 0, TimeSpan.Zero));
        }
        for (var i = 0; i < count; i++)
        {
            var offering = await _catalog.CreateOfferingAsync(org, new { name = $"Offering {i}", providerIds });
            await _catalog.GraphQL.SendAsync("mutation($id: ID!) { setPriceRules(offeringId: $id, rules: [{ role: \"public\", unitAmount: 100, currency: \"USD\" }]) { userErrors { code } } }", new { id = offering }, org.Owner.Token, org.Slug);
        }
        return org;
    }

    private async Task<(int Commands, int Offerings)> CountCommandsAsync(Accounts.Organization org)
    {
        using var source = new ActivitySource("Platform.IntegrationTests.DataLoader");
        var commands = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Npgsql" || s.Name == source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { if (a.Source.Name == "Npgsql") commands.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);

        using var request = source.StartActivity("catalog-query")!;
        var result = await _catalog.GraphQL.SendAsync(CatalogQuery, null, org.Owner.Token, org.Slug);
        Assert.True(result.Errors is null, result.Body?.ToJsonString());
        var traceId = request.TraceId;
        return (commands.Count(c => c.TraceId == traceId), result.Get("offerings").AsArray().Count);
    }
}
