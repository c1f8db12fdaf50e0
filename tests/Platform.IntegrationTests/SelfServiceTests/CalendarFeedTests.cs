using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.SelfServiceTests;

/// <summary>Issue 15: a person's secret iCalendar feed of their bookings in one organization.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CalendarFeedTests(PlatformApp app)
{
    private const string Create = "mutation { createCalendarFeed { url feed { id createdAt revokedAt } userErrors { code } } }";
    private const string Revoke = "mutation($id: ID!) { revokeCalendarFeed(input: { id: $id }) { feed { revokedAt } userErrors { code } } }";

    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task The_feed_lists_the_customers_and_the_providers_bookings_and_nobody_elses()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var other = await _bookings.Accounts.SignUpAsync();
        var mine = await BookAsync(shop, offering, customer.Token, 0);
        var cancelled = await BookAsync(shop, offering, customer.Token, 2);
        var theirs = await BookAsync(shop, offering, other.Token, 4);
        Assert.Empty((await _bookings.ActAsync(shop, customer.Token, "cancelBooking", cancelled)).Get("cancelBooking.userErrors").AsArray());

        var feed = await GetAsync(await CreateAsync(shop, customer.Token));
        Assert.Equal(HttpStatusCode.OK, feed.Status);
        Assert.Equal("text/calendar", feed.MediaType);
        Assert.Contains("BEGIN:VCALENDAR", feed.Text, StringComparison.Ordinal);
        Assert.Contains($"UID:{Bookings.IdOf(mine)}@platform", feed.Text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Offering ", feed.Text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:" + Bookings.Slot().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            feed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Bookings.IdOf(cancelled).ToString(), feed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Bookings.IdOf(theirs).ToString(), feed.Text, StringComparison.Ordinal);

        var otherFeed = await GetAsync(await CreateAsync(shop, other.Token));
        Assert.Contains($"UID:{Bookings.IdOf(theirs)}@platform", otherFeed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Bookings.IdOf(mine).ToString(), otherFeed.Text, StringComparison.Ordinal);

        var providerFeed = await GetAsync(await CreateAsync(shop, shop.ProviderPerson.Token));
        Assert.Contains($"UID:{Bookings.IdOf(mine)}@platform", providerFeed.Text, StringComparison.Ordinal);
        Assert.Contains($"UID:{Bookings.IdOf(theirs)}@platform", providerFeed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_unknown_or_foreign_feed_is_404_and_only_its_owner_revokes_it()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var elsewhere = await _bookings.Accounts.CreateOrganizationAsync();
        var customer = await _bookings.Accounts.SignUpAsync();
        var created = await _bookings.GraphQL.SendAsync(Create, token: customer.Token, tenant: shop.Org.Slug);
        var path = new Uri(created.Get("createCalendarFeed.url").GetValue<string>()).PathAndQuery;
        var id = created.Get("createCalendarFeed.feed.id").GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path)).Status);

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(path.Replace(shop.Org.Slug, elsewhere.Slug, StringComparison.Ordinal))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/t/{shop.Org.Slug}/calendar/{new string('a', 64)}.ics")).Status);

        var stranger = await _bookings.GraphQL.SendAsync(Revoke, new { id }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Equal("NOT_FOUND", Bookings.ErrorCode(stranger, "revokeCalendarFeed"));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path)).Status);

        var revoked = await _bookings.GraphQL.SendAsync(Revoke, new { id }, customer.Token, shop.Org.Slug);
        Assert.Empty(revoked.Get("revokeCalendarFeed.userErrors").AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(path)).Status);
        var listed = await _bookings.GraphQL.SendAsync("{ calendarFeeds { id revokedAt } }", token: customer.Token, tenant: shop.Org.Slug);
        Assert.NotNull(listed.Get("calendarFeeds").AsArray().Single()!["revokedAt"]);
    }

    private async Task<string> BookAsync(Bookings.Shop shop, string offering, string token, int hours) =>
        (await _bookings.HeldAsync(shop, token, new { offeringId = offering, start = Bookings.Slot(hours), idempotencyKey = Guid.NewGuid().ToString() }))["id"]!
            .GetValue<string>();

    private async Task<string> CreateAsync(Bookings.Shop shop, string token)
    {
        var created = await _bookings.GraphQL.SendAsync(Create, token: token, tenant: shop.Org.Slug);
        Assert.Empty(created.Get("createCalendarFeed.userErrors").AsArray());
        var url = created.Get("createCalendarFeed.url").GetValue<string>();
        Assert.EndsWith(".ics", url, StringComparison.Ordinal);
        return new Uri(url).PathAndQuery;
    }

    private async Task<(HttpStatusCode Status, string Text, string? MediaType)> GetAsync(string path)
    {
        using var response = await app.Http().GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }
}
