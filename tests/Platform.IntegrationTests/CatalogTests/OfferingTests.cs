using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.CatalogTests;

/// <summary>Offering administration and the public catalog.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OfferingTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);
    private readonly Catalog _catalog = new(app, new Accounts(app));

    private const string ListQuery = "query($all: Boolean) { offerings(includeArchived: $all) { id name status } }";

    [Fact]
    public async Task Created_offerings_take_defaults_and_archived_ones_leave_the_public_list_but_stay_readable_to_staff()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var provider = await _catalog.CreateProviderAsync(org, "Europe/London");
        var kept = await _catalog.CreateOfferingAsync(org, new { name = "Portrait session", durationsMinutes = new[] { 90, 30 }, providerIds = new[] { provider } });
        var retired = await _catalog.CreateOfferingAsync(org, new { name = "Old workshop", kind = "WORKSHOP", format = "GROUP", capacity = 12 });

        var created = await _catalog.GraphQL.SendAsync(
            "query($id: ID!) { node(id: $id) { ... on Offering { durationsMinutes slotIntervalMinutes format capacity bookingWindowDays cancellationPolicy { tiers { minimumNoticeMinutes refundPercent } rescheduleCutoffMinutes } providers { id timeZone weeklyHours { dayOfWeek start end } } } } }",
            new { id = kept }, null, org.Slug);
        Assert.Equal([30, 90], created.Get("node.durationsMinutes").AsArray().Select(d => d!.GetValue<int>()));
        Assert.Equal(30, created.Get("node.slotIntervalMinutes").GetValue<int>());
        Assert.Equal("ONE_TO_ONE", created.Get("node.format").GetValue<string>());
        Assert.Equal(1440, created.Get("node.cancellationPolicy.tiers")[0]!["minimumNoticeMinutes"]!.GetValue<int>());
        Assert.Equal(provider, created.Get("node.providers")[0]!["id"]!.GetValue<string>());
        Assert.Equal(7, created.Get("node.providers")[0]!["weeklyHours"]!.AsArray().Count);

        var archive = await _catalog.GraphQL.SendAsync("mutation($id: ID!) { archiveOffering(id: $id) { offering { status archivedAt } userErrors { code } } }", new { id = retired }, org.Owner.Token, org.Slug);
        Assert.Equal("ARCHIVED", archive.Get("archiveOffering.offering.status").GetValue<string>());

        var publicList = await _catalog.GraphQL.SendAsync(ListQuery, new { all = true }, null, org.Slug);
        Assert.Equal([kept], publicList.Get("offerings").AsArray().Select(o => o!["id"]!.GetValue<string>()));
        var staffList = await _catalog.GraphQL.SendAsync(ListQuery, new { all = true }, org.Owner.Token, org.Slug);
        Assert.Equal(2, staffList.Get("offerings").AsArray().Count);
        // By id, as in the list: staff still read it; anyone else does not (issue 13, item 17).
        var byId = "query($id: ID!) { node(id: $id) { ... on Offering { name status } } }";
        var stillReadable = await _catalog.GraphQL.SendAsync(byId, new { id = retired }, org.Owner.Token, org.Slug);
        Assert.Equal("ARCHIVED", stillReadable.Get("node.status").GetValue<string>());
        var hidden = await _catalog.GraphQL.SendAsync(byId, new { id = retired }, null, org.Slug);
        Assert.Null(hidden.Data!["node"]);

        var slots = await _catalog.SlotsAsync(org, new { offeringId = retired, from = "2030-01-01", to = "2030-01-02" });
        Assert.Equal("NOT_FOUND", slots.Get("availableSlots.userErrors")[0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Updates_change_only_the_given_fields()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Lesson", bufferAfterMinutes = 10, minimumNoticeMinutes = 240 });
        var updated = await _catalog.GraphQL.SendAsync(
            "mutation($id: ID!, $input: OfferingInput!) { updateOffering(id: $id, input: $input) { offering { name bufferAfterMinutes minimumNoticeMinutes requiresConfirmation } userErrors { code } } }",
            new { id = offering, input = new { name = "Private lesson", requiresConfirmation = true } }, org.Owner.Token, org.Slug);
        Assert.Equal("Private lesson", updated.Get("updateOffering.offering.name").GetValue<string>());
        Assert.Equal(10, updated.Get("updateOffering.offering.bufferAfterMinutes").GetValue<int>());
        Assert.Equal(240, updated.Get("updateOffering.offering.minimumNoticeMinutes").GetValue<int>());
        Assert.True(updated.Get("updateOffering.offering.requiresConfirmation").GetValue<bool>());
    }

    [Theory]
    [InlineData("""{ "name": "x", "format": "ONE_TO_ONE", "capacity": 4 }""", "INVALID_CAPACITY")]
    [InlineData("""{ "name": "x", "durationsMinutes": [] }""", "INVALID_DURATIONS")]
    [InlineData("""{ "name": "x", "durationsMinutes": [2] }""", "INVALID_DURATIONS")]
    [InlineData("""{ "name": "", "durationsMinutes": [30] }""", "INVALID_NAME")]
    [InlineData("""{ "name": "x", "bookingWindowDays": 0 }""", "INVALID_BOOKING_WINDOW")]
    [InlineData("""{ "name": "x", "cancellationPolicy": { "tiers": [ { "minimumNoticeMinutes": 60, "refundPercent": 100 }, { "minimumNoticeMinutes": 1440, "refundPercent": 50 } ], "rescheduleCutoffMinutes": 0 } }""", "INVALID_CANCELLATION_POLICY")]
    [InlineData("""{ "name": "x", "providerIds": ["UHJvdmlkZXI6bm9wZQ"] }""", "PROVIDER_NOT_FOUND")]
    public async Task Invalid_offerings_are_refused_and_nothing_is_created(string inputJson, string code)
    {
        var org = await _accounts.CreateOrganizationAsync();
        var input = System.Text.Json.Nodes.JsonNode.Parse(inputJson);
        var result = await _catalog.GraphQL.SendAsync("mutation($input: OfferingInput!) { createOffering(input: $input) { offering { id } userErrors { code field } } }", new { input }, org.Owner.Token, org.Slug);
        Assert.Null(result.Errors);
        Assert.Contains(code, result.Get("createOffering.userErrors").AsArray().Select(e => e!["code"]!.GetValue<string>()));
        var list = await _catalog.GraphQL.SendAsync(ListQuery, new { all = true }, org.Owner.Token, org.Slug);
        Assert.Empty(list.Get("offerings").AsArray());
    }

    [Fact]
    public async Task Customers_and_providers_cannot_manage_offerings_and_providers_set_only_their_own_hours()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var customer = await _accounts.SignUpAsync();
        await _accounts.AddMemberAsync(org, customer, null);
        var denied = await _catalog.GraphQL.SendAsync("mutation { createOffering(input: { name: \"x\" }) { offering { id } } }", null, customer.Token, org.Slug);
        Assert.Equal("FORBIDDEN", denied.FirstErrorCode);

        var person = await _accounts.SignUpAsync();
        var ownMembership = await _accounts.AddMemberAsync(org, person, "PROVIDER");
        var colleague = await _accounts.SignUpAsync();
        var colleagueMembership = await _accounts.AddMemberAsync(org, colleague, "PROVIDER");
        const string SetHours = "mutation($input: SetProviderScheduleInput!) { setProviderSchedule(input: $input) { provider { timeZone } userErrors { code } } }";

        var own = await _catalog.GraphQL.SendAsync(SetHours, new { input = new { membershipId = ownMembership, timeZone = "Asia/Kolkata", weeklyHours = new[] { new { dayOfWeek = "MONDAY", start = "10:00", end = "24:00" } } } }, person.Token, org.Slug);
        Assert.Equal("Asia/Kolkata", own.Get("setProviderSchedule.provider.timeZone").GetValue<string>());
        var other = await _catalog.GraphQL.SendAsync(SetHours, new { input = new { membershipId = colleagueMembership, timeZone = "UTC", weeklyHours = Array.Empty<object>() } }, person.Token, org.Slug);
        Assert.Equal("FORBIDDEN", other.Get("setProviderSchedule.userErrors")[0]!["code"]!.GetValue<string>());

        var badHours = await _catalog.GraphQL.SendAsync(SetHours, new { input = new { membershipId = ownMembership, timeZone = "UTC", weeklyHours = new[] { new { dayOfWeek = "MONDAY", start = "17:00", end = "09:00" } } } }, person.Token, org.Slug);
        Assert.Equal("INVALID_TIME_RANGE", badHours.Get("setProviderSchedule.userErrors")[0]!["code"]!.GetValue<string>());
        var badZone = await _catalog.GraphQL.SendAsync(SetHours, new { input = new { membershipId = ownMembership, timeZone = "Europe/Atlantis", weeklyHours = Array.Empty<object>() } }, person.Token, org.Slug);
        Assert.Equal("INVALID_TIME_ZONE", badZone.Get("setProviderSchedule.userErrors")[0]!["code"]!.GetValue<string>());
    }
}
