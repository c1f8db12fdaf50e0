using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.CatalogTests;

/// <summary>Price rules and quotes through GraphQL: roles, lowest wins, group pricing, currency, refund deadlines.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PricingTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);
    private readonly Catalog _catalog = new(app, new Accounts(app));
    private static readonly DateTimeOffset Start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(20).AddHours(15), TimeSpan.Zero);

    private const string QuoteQuery = """
        query($offeringId: ID!, $seats: Int!, $start: DateTimeOffset!) {
          quote(offeringId: $offeringId, seats: $seats, start: $start) {
            quote { role seats unitAmount amount currency basis percentOff refundDeadlines { refundPercent refundAmount until } rescheduleUntil }
            userErrors { code field message }
          }
        }
        """;

    private async Task<GraphQLClient.Response> SetRulesAsync(Accounts.Organization org, string offeringId, object rules) =>
        await _catalog.GraphQL.SendAsync(
            "mutation($offeringId: ID!, $rules: [PriceRuleInput!]!) { setPriceRules(offeringId: $offeringId, rules: $rules) { priceRules { role unitAmount currency } userErrors { code field message } } }",
            new { offeringId, rules }, org.Owner.Token, org.Slug);

    private async Task<GraphQLClient.Response> QuoteAsync(Accounts.Organization org, string offeringId, int seats, string? token) =>
        await _catalog.GraphQL.SendAsync(QuoteQuery, new { offeringId, seats, start = Start }, token, org.Slug);

    [Fact]
    public async Task Each_viewer_pays_the_lowest_price_of_the_roles_they_hold_in_the_rules_currency()
    {
        var org = await _accounts.CreateOrganizationAsync();
        await _accounts.DefineRoleAsync(org, "member");
        await _accounts.DefineRoleAsync(org, "resident_artist");
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Studio time" });
        var set = await SetRulesAsync(org, offering, new object[]
        {
            new { role = "public", unitAmount = 5000, currency = "EUR" },
            new { role = "member", unitAmount = 3500, currency = "EUR" },
            new { role = "resident_artist", unitAmount = 0, currency = "EUR" },
        });
        Assert.Empty(set.Get("setPriceRules.userErrors").AsArray());

        var member = await _accounts.SignUpAsync();
        await _accounts.AddMemberAsync(org, member, null, "member");
        var resident = await _accounts.SignUpAsync();
        await _accounts.AddMemberAsync(org, resident, null, "member", "resident_artist");

        var anonymous = await QuoteAsync(org, offering, 1, null);
        Assert.Equal(("public", 5000L, "EUR"), (anonymous.Get("quote.quote.role").GetValue<string>(), anonymous.Get("quote.quote.amount").GetValue<long>(), anonymous.Get("quote.quote.currency").GetValue<string>()));
        var asMember = await QuoteAsync(org, offering, 1, member.Token);
        Assert.Equal(("member", 3500L), (asMember.Get("quote.quote.role").GetValue<string>(), asMember.Get("quote.quote.amount").GetValue<long>()));
        var asResident = await QuoteAsync(org, offering, 1, resident.Token);
        Assert.Equal(("resident_artist", 0L), (asResident.Get("quote.quote.role").GetValue<string>(), asResident.Get("quote.quote.amount").GetValue<long>()));
    }

    [Fact]
    public async Task Groups_get_the_flat_rate_or_tier_whichever_is_cheaper()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Class", format = "GROUP", capacity = 20 });
        await SetRulesAsync(org, offering, new object[]
        {
            new { role = "public", unitAmount = 1000, currency = "USD", flatAmount = 4500, flatFromSeats = 6, tiers = new[] { new { minSeats = 3, percentOff = 10 } } },
        });

        async Task<(string Basis, long Amount)> Price(int seats)
        {
            var quote = await QuoteAsync(org, offering, seats, null);
            return (quote.Get("quote.quote.basis").GetValue<string>(), quote.Get("quote.quote.amount").GetValue<long>());
        }

        Assert.Equal(("PER_SEAT", 2000L), await Price(2));
        Assert.Equal(("TIERED", 2700L), await Price(3));
        Assert.Equal(("TIERED", 4500L), await Price(5));
        Assert.Equal(("FLAT_RATE", 4500L), await Price(8));
    }

    [Fact]
    public async Task A_quote_carries_the_refund_deadlines_of_the_offerings_policy()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var offering = await _catalog.CreateOfferingAsync(org, new
        {
            name = "Lesson",
            cancellationPolicy = new { tiers = new[] { new { minimumNoticeMinutes = 120, refundPercent = 50 }, new { minimumNoticeMinutes = 1440, refundPercent = 100 } }, rescheduleCutoffMinutes = 720 },
        });
        await SetRulesAsync(org, offering, new object[] { new { role = "public", unitAmount = 3333, currency = "USD" } });

        var quote = await QuoteAsync(org, offering, 1, null);
        var deadlines = quote.Get("quote.quote.refundDeadlines").AsArray();
        Assert.Equal([100, 50], deadlines.Select(d => d!["refundPercent"]!.GetValue<int>()));
        Assert.Equal([3333L, 1666L], deadlines.Select(d => d!["refundAmount"]!.GetValue<long>()));
        Assert.Equal([Start.AddHours(-24), Start.AddHours(-2)], deadlines.Select(d => DateTimeOffset.Parse(d!["until"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Start.AddHours(-12), DateTimeOffset.Parse(quote.Get("quote.quote.rescheduleUntil").GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Offerings_priced_only_for_a_role_are_not_sold_to_others_and_unpriced_offerings_are_not_sold_at_all()
    {
        var org = await _accounts.CreateOrganizationAsync();
        await _accounts.DefineRoleAsync(org, "member");
        var membersOnly = await _catalog.CreateOfferingAsync(org, new { name = "Members' evening" });
        await SetRulesAsync(org, membersOnly, new object[] { new { role = "member", unitAmount = 500, currency = "USD" } });
        var unpriced = await _catalog.CreateOfferingAsync(org, new { name = "Open house" });

        var refused = await QuoteAsync(org, membersOnly, 1, null);
        Assert.Equal("NOT_FOR_SALE_TO_ROLE", refused.Get("quote.userErrors")[0]!["code"]!.GetValue<string>());
        var notPriced = await QuoteAsync(org, unpriced, 1, null);
        Assert.Equal("NO_PRICE", notPriced.Get("quote.userErrors")[0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_rules_are_refused_and_leave_the_existing_rules_alone()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Lesson" });
        await SetRulesAsync(org, offering, new object[] { new { role = "public", unitAmount = 2000, currency = "USD" } });

        var mixed = await SetRulesAsync(org, offering, new object[] { new { role = "public", unitAmount = 1, currency = "USD" }, new { role = "vip", unitAmount = 1, currency = "EUR" } });
        var codes = mixed.Get("setPriceRules.userErrors").AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("INVALID_PRICE_RULE", codes);
        Assert.Contains("UNKNOWN_ROLE", codes);
        var negative = await SetRulesAsync(org, offering, new object[] { new { role = "public", unitAmount = -5, currency = "USD" } });
        Assert.NotEmpty(negative.Get("setPriceRules.userErrors").AsArray());
        var badCurrency = await SetRulesAsync(org, offering, new object[] { new { role = "public", unitAmount = 5, currency = "XYZ" } });
        Assert.Equal("INVALID_CURRENCY", badCurrency.Get("setPriceRules.userErrors")[0]!["code"]!.GetValue<string>());

        var quote = await QuoteAsync(org, offering, 1, null);
        Assert.Equal(2000L, quote.Get("quote.quote.amount").GetValue<long>());
    }

    [Fact]
    public async Task Quotes_refuse_past_starts_and_impossible_seat_counts()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Lesson" });
        var past = await _catalog.GraphQL.SendAsync(QuoteQuery, new { offeringId = offering, seats = 1, start = DateTimeOffset.UtcNow.AddHours(-1) }, null, org.Slug);
        Assert.Equal("START_IN_PAST", past.Get("quote.userErrors")[0]!["code"]!.GetValue<string>());
        var seats = await QuoteAsync(org, offering, 2, null);
        Assert.Equal("INVALID_SEATS", seats.Get("quote.userErrors")[0]!["code"]!.GetValue<string>());
    }
}
