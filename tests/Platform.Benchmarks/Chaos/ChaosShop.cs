using System.Text.Json.Nodes;
using Platform.IntegrationTests.Stripe;

namespace Platform.Benchmarks.Chaos;

/// <summary>
/// The organization the chaos run books in, made through the proxy as a real one is: onboarded to Stripe (the fake) the
/// way an administrator does, four providers working around the clock (UTC), a free and a paid one-hour offering, and
/// customers with tokens.
/// </summary>
public sealed record ChaosShop(Accounts.Organization Org, Guid TenantId, string FreeOffering, string PaidOffering,
    IReadOnlyList<string> Providers, IReadOnlyList<string> CustomerTokens)
{
    public const int PriceCents = 2500;

    public static async Task<ChaosShop> CreateAsync(ITestHost host, StripeFake stripe, int customers)
    {
        var accounts = new Accounts(host);
        var catalog = new Catalog(host, accounts);
        var run = Guid.NewGuid().ToString("N")[..8];
        var owner = await accounts.SignUpAsync($"owner-{run}@chaos.test");
        var org = await accounts.CreateOrganizationAsync(owner, timeZone: "UTC", currency: "USD");

        var connect = await accounts.GraphQL.SendAsync(
            "mutation { connectPaymentAccount { account { stripeAccountId } userErrors { code message } } }", null, owner.Token, org.Slug);
        var accountId = connect.Get("connectPaymentAccount.account.stripeAccountId").GetValue<string>();
        await stripe.CompleteOnboardingAsync(accountId);
        using (var http = host.Http())
        using (var back = await http.GetAsync(new Uri(stripe.ReturnUrlOf(accountId)!).PathAndQuery))
        {
            if (!back.IsSuccessStatusCode) throw new InvalidOperationException($"Onboarding return answered {(int)back.StatusCode}.");
        }

        var providers = new List<string>();
        for (var i = 0; i < 4; i++) providers.Add(await catalog.CreateProviderAsync(org, "UTC", "00:00", "24:00"));
        var free = await catalog.CreateOfferingAsync(org,
            new { name = "Free lesson", durationsMinutes = new[] { 60 }, slotIntervalMinutes = 60, bookingWindowDays = 730, providerIds = providers });
        var paid = await catalog.CreateOfferingAsync(org,
            new { name = "Paid lesson", durationsMinutes = new[] { 60 }, slotIntervalMinutes = 60, bookingWindowDays = 730, providerIds = providers });
        // An offering without a price cannot be booked (NO_PRICE): free is a price of 0.
        await catalog.PriceAsync(org, free, ("public", 0));
        await catalog.PriceAsync(org, paid, ("public", PriceCents));

        var tokens = new List<string>();
        for (var i = 0; i < customers; i++) tokens.Add((await accounts.SignUpAsync($"customer-{i:000}-{run}@chaos.test")).Token);
        return new ChaosShop(org, Catalog.Id(org.Id, "Organization"), free, paid, providers, tokens);
    }

    /// <summary>Waits until charges are enabled (the account.updated webhook went through a worker job).</summary>
    public async Task WaitForChargesAsync(ITestHost host)
    {
        var graphQL = new GraphQLClient(host.Http());
        await Eventually.TrueAsync(async () =>
        {
            var result = await graphQL.SendAsync("{ paymentAccount { chargesEnabled } }", null, Org.Owner.Token, Org.Slug);
            return result.Data?["paymentAccount"]?["chargesEnabled"] is JsonValue v && v.GetValue<bool>();
        }, "charges enabled", TimeSpan.FromSeconds(60));
    }
}
