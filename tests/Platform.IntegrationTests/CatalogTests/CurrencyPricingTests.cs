using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.CatalogTests;

/// <summary>Prices obey each currency's grid and minimum through GraphQL: JPY (zero-decimal), KWD (three-decimal), USD.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CurrencyPricingTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);
    private readonly Catalog _catalog = new(app, new Accounts(app));
    private static readonly DateTimeOffset Start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(20).AddHours(15), TimeSpan.Zero);

    private async Task<GraphQLClient.Response> SetRulesAsync(Accounts.Organization org, string offeringId, params object[] rules) =>
        await _catalog.GraphQL.SendAsync(
            "mutation($id: ID!, $rules: [PriceRuleInput!]!) { setPriceRules(offeringId: $id, rules: $rules) { priceRules { role unitAmount currency } userErrors { code field message } } }",
            new { id = offeringId, rules }, org.Owner.Token, org.Slug);

    private static List<(string Code, string Field)> Errors(GraphQLClient.Response response) =>
        [.. response.Get("setPriceRules.userErrors").AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["field"]!.GetValue<string>()))];

    private async Task<GraphQLClient.Response> QuoteAsync(Accounts.Organization org, string offeringId, int seats) =>
        await _catalog.GraphQL.SendAsync(
            "query($o: ID!, $s: Int!, $t: DateTimeOffset!) { quote(offeringId: $o, seats: $s, start: $t) { quote { amount currency basis refundDeadlines { refundPercent refundAmount } } userErrors { code } } }",
            new { o = offeringId, s = seats, t = Start }, null, org.Slug);

    private static object Policy => new { tiers = new[] { new { minimumNoticeMinutes = 24 * 60, refundPercent = 50 } }, rescheduleCutoffMinutes = 0 };

    [Fact]
    public async Task In_KWD_prices_off_the_grid_or_below_the_minimum_are_refused_naming_the_field_and_zero_stays_free()
    {
        var org = await _accounts.CreateOrganizationAsync(currency: "KWD");
        await _accounts.DefineRoleAsync(org, "member");
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Class", format = "GROUP", capacity = 10, cancellationPolicy = Policy });

        var offGrid = await SetRulesAsync(org, offering, new { role = "public", unitAmount = 1_005, currency = "KWD" });
        Assert.Equal([("AMOUNT_OFF_GRID", "rules[0].unitAmount")], Errors(offGrid));
        Assert.Contains("1.005 KWD", offGrid.Get("setPriceRules.userErrors")[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal([("AMOUNT_BELOW_MINIMUM", "rules[0].unitAmount")], Errors(await SetRulesAsync(org, offering, new { role = "public", unitAmount = 490, currency = "KWD" })));
        Assert.Equal([("AMOUNT_OFF_GRID", "rules[1].flatAmount")], Errors(await SetRulesAsync(org, offering,
            new { role = "member", unitAmount = 0, currency = "KWD" }, new { role = "public", unitAmount = 1_000, currency = "KWD", flatAmount = 2_505, flatFromSeats = 3 })));
        Assert.Equal([("AMOUNT_BELOW_MINIMUM", "rules[0].tiers")], Errors(await SetRulesAsync(org, offering,
            new { role = "public", unitAmount = 500, currency = "KWD", tiers = new[] { new { minSeats = 2, percentOff = 60 } } })));

        var accepted = await SetRulesAsync(org, offering,
            new { role = "public", unitAmount = 1_250, currency = "KWD", tiers = new[] { new { minSeats = 2, percentOff = 5 } } },
            new { role = "member", unitAmount = 0, currency = "KWD" });
        Assert.Empty(Errors(accepted));

        // 5 % of 2.500 is 0.125: the discount rounds half up to 0.130, the price to 2.370. Half of 1.250 refunds 0.630.
        var pair = await QuoteAsync(org, offering, 2);
        Assert.Equal((2_370L, "KWD", "TIERED"), (pair.Get("quote.quote.amount").GetValue<long>(), pair.Get("quote.quote.currency").GetValue<string>(), pair.Get("quote.quote.basis").GetValue<string>()));
        Assert.Equal(1_190L, pair.Get("quote.quote.refundDeadlines")[0]!["refundAmount"]!.GetValue<long>());
        Assert.Equal(630L, (await QuoteAsync(org, offering, 1)).Get("quote.quote.refundDeadlines")[0]!["refundAmount"]!.GetValue<long>());
    }

    [Fact]
    public async Task In_JPY_and_USD_prices_below_the_minimum_are_refused_and_whole_units_are_fine()
    {
        var yen = await _accounts.CreateOrganizationAsync(currency: "JPY");
        var lesson = await _catalog.CreateOfferingAsync(yen, new { name = "Lesson", cancellationPolicy = Policy });
        Assert.Equal([("AMOUNT_BELOW_MINIMUM", "rules[0].unitAmount")], Errors(await SetRulesAsync(yen, lesson, new { role = "public", unitAmount = 49, currency = "JPY" })));
        Assert.Empty(Errors(await SetRulesAsync(yen, lesson, new { role = "public", unitAmount = 1_001, currency = "JPY" })));
        var quote = await QuoteAsync(yen, lesson, 1);
        Assert.Equal((1_001L, "JPY", 500L), (quote.Get("quote.quote.amount").GetValue<long>(), quote.Get("quote.quote.currency").GetValue<string>(),
            quote.Get("quote.quote.refundDeadlines")[0]!["refundAmount"]!.GetValue<long>()));

        var dollars = await _accounts.CreateOrganizationAsync();
        var call = await _catalog.CreateOfferingAsync(dollars, new { name = "Call" });
        Assert.Equal([("AMOUNT_BELOW_MINIMUM", "rules[0].unitAmount")], Errors(await SetRulesAsync(dollars, call, new { role = "public", unitAmount = 49, currency = "USD" })));
        Assert.Empty(Errors(await SetRulesAsync(dollars, call, new { role = "public", unitAmount = 50, currency = "USD" })));
        Assert.Equal([("CURRENCY_NOT_CHARGEABLE", "rules[0].unitAmount")], Errors(await SetRulesAsync(dollars, call, new { role = "public", unitAmount = 5_000, currency = "IRR" })));
    }
}
