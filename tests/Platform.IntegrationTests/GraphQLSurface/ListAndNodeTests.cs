using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.GraphQLSurface;

/// <summary>Connections: page sizes checked with a clear error, totalCount that counts. node(id:) shows what the lists show.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ListAndNodeTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private static object Hold(string offering, int hours) =>
        new { offeringId = offering, start = Bookings.Slot(hours: hours), idempotencyKey = Guid.NewGuid().ToString() };

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(1_000_000)]
    public async Task A_page_size_outside_one_to_the_maximum_is_refused_with_INVALID_PAGE_SIZE(int first)
    {
        var customer = await _bookings.Accounts.SignUpAsync();
        var org = await _bookings.Accounts.CreateOrganizationAsync();

        var literal = await _bookings.GraphQL.SendAsync(
            $"{{ myBookings(when: UPCOMING, first: {first}) {{ edges {{ node {{ id }} }} }} }}", token: customer.Token, tenant: org.Slug);
        var variable = await _bookings.GraphQL.SendAsync(
            "query($n: Int) { myBookings(when: UPCOMING, first: $n) { edges { node { id } } } }",
            new { n = first }, customer.Token, org.Slug);

        foreach (var result in new[] { literal, variable })
        {
            Assert.Equal(HttpStatusCode.BadRequest, result.Status);
            Assert.Equal("INVALID_PAGE_SIZE", result.FirstErrorCode);
            Assert.Contains("between 1 and 100", result.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Single(result.Errors!);
        }
    }

    [Fact]
    public async Task A_connection_with_its_own_maximum_accepts_up_to_it_and_states_it()
    {
        var org = await _bookings.Accounts.CreateOrganizationAsync();
        var atMax = await _bookings.GraphQL.SendAsync(
            "{ organization { members(first: 200) { totalCount } } }", token: org.Owner.Token, tenant: org.Slug);
        var past = await _bookings.GraphQL.SendAsync(
            "{ organization { members(first: 201) { totalCount } } }", token: org.Owner.Token, tenant: org.Slug);

        Assert.True(atMax.Errors is null, atMax.Body?.ToJsonString());
        Assert.Equal("INVALID_PAGE_SIZE", past.FirstErrorCode);
        Assert.Contains("between 1 and 200", past.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TotalCount_counts_the_whole_list_on_every_connection_whatever_the_page()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        for (var i = 0; i < 3; i++)
            await _bookings.HeldAsync(shop, customer.Token, Hold(offering, hours: i));

        var mine = await _bookings.GraphQL.SendAsync(
            "{ myBookings(when: UPCOMING, first: 1) { totalCount edges { node { id } } } }", token: customer.Token, tenant: shop.Org.Slug);
        Assert.Equal(3, mine.Get("myBookings.totalCount").GetValue<int>());
        Assert.Single(mine.Get("myBookings.edges").AsArray());

        var staff = await _bookings.GraphQL.SendAsync("""
            { bookings(first: 2) { totalCount }
              organization { members(first: 1) { totalCount } }
              payouts(first: 1) { totalCount }
              ledger(from: "2026-01-01T00:00:00Z", to: "2026-12-31T00:00:00Z") { entries(first: 1) { totalCount } } }
            """, token: shop.Org.Owner.Token, tenant: shop.Org.Slug);
        Assert.True(staff.Errors is null, staff.Body?.ToJsonString());
        Assert.Equal(3, staff.Get("bookings.totalCount").GetValue<int>());
        // The owner and the provider.
        Assert.Equal(2, staff.Get("organization.members.totalCount").GetValue<int>());
        Assert.Equal(0, staff.Get("payouts.totalCount").GetValue<int>());
        Assert.Equal(0, staff.Get("ledger.entries.totalCount").GetValue<int>());
    }

    [Fact]
    public async Task Node_hides_an_archived_offering_and_its_prices_from_anyone_but_staff()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop, price: 2500);
        var priceRule = (await _bookings.GraphQL.SendAsync(
                $"{{ node(id: \"{offering}\") {{ ... on Offering {{ priceRules {{ id }} }} }} }}", tenant: shop.Org.Slug))
            .Get("node.priceRules").AsArray()[0]!["id"]!.GetValue<string>();
        var archived = await _bookings.GraphQL.SendAsync(
            "mutation($id: ID!) { archiveOffering(id: $id) { userErrors { code } } }",
            new { id = offering }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Empty(archived.Get("archiveOffering.userErrors").AsArray());
        var customer = await _bookings.Accounts.SignUpAsync();
        var query = $"{{ o: node(id: \"{offering}\") {{ id }} p: node(id: \"{priceRule}\") {{ id }} offerings {{ id }} }}";

        foreach (var token in new[] { null, customer.Token })
        {
            var outsider = await _bookings.GraphQL.SendAsync(query, token: token, tenant: shop.Org.Slug);
            Assert.True(outsider.Errors is null, outsider.Body?.ToJsonString());
            Assert.Null(outsider.Data!["o"]);
            Assert.Null(outsider.Data!["p"]);
            Assert.DoesNotContain(outsider.Get("offerings").AsArray(), o => o!["id"]!.GetValue<string>() == offering);
        }

        var owner = await _bookings.GraphQL.SendAsync(query, token: shop.Org.Owner.Token, tenant: shop.Org.Slug);
        Assert.Equal(offering, owner.Get("o.id").GetValue<string>());
        Assert.Equal(priceRule, owner.Get("p.id").GetValue<string>());
    }

    [Fact]
    public async Task Node_gives_a_customer_their_own_booking_and_never_another_customers()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var alice = await _bookings.Accounts.SignUpAsync();
        var bob = await _bookings.Accounts.SignUpAsync();
        var booking = (await _bookings.HeldAsync(shop, alice.Token, Hold(offering, hours: 5)))["id"]!.GetValue<string>();
        var query = $"{{ node(id: \"{booking}\") {{ id }} nodes(ids: [\"{booking}\"]) {{ id }} }}";

        var own = await _bookings.GraphQL.SendAsync(query, token: alice.Token, tenant: shop.Org.Slug);
        Assert.Equal(booking, own.Get("node.id").GetValue<string>());

        foreach (var token in new[] { null, bob.Token })
        {
            var other = await _bookings.GraphQL.SendAsync(query, token: token, tenant: shop.Org.Slug);
            Assert.Null(other.Data!["node"]);
            Assert.Null(other.Get("nodes").AsArray()[0]);
        }
    }
}
