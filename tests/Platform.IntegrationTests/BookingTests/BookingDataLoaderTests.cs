using System.Collections.Concurrent;
using System.Diagnostics;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>No N+1 in booking lists: every relation of every booking is batched, so 3 or 15 bookings take the same number of queries.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BookingDataLoaderTests(PlatformApp app)
{
    private const string ListQuery = """
        {
          bookings(first: 50) {
            edges { node {
              id status offering { name providers { displayName } } provider { displayName timeZone }
              customer { email displayName } events { kind actorName } cart { status total { amount } items { id } } series { frequency bookings { id } }
            } }
          }
        }
        """;
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task Listing_bookings_with_their_relations_takes_the_same_number_of_queries_for_3_or_15_bookings()
    {
        var small = await ShopWithBookingsAsync(3);
        var large = await ShopWithBookingsAsync(15);

        var (smallCommands, smallCount) = await CountCommandsAsync(small);
        var (largeCommands, largeCount) = await CountCommandsAsync(large);

        Assert.Equal(3 + 2, smallCount);
        Assert.Equal(15 + 2, largeCount);
        Assert.True(smallCommands > 0, "No SQL commands were traced; the measurement is broken.");
        Assert.Equal(smallCommands, largeCommands);
    }

    /// <summary><paramref name="count"/> paid holds by different customers in carts, plus a two-week series.</summary>
    private async Task<Bookings.Shop> ShopWithBookingsAsync(int count)
    {
        var shop = await _bookings.ShopAsync();
        var (second, _) = await _bookings.ProviderAsync(shop.Org);
        var offering = await _bookings.OfferingAsync(shop, price: 1000, providerIds: [shop.ProviderId, second]);
        for (var i = 0; i < count; i++)
        {
            var customer = await _bookings.Accounts.SignUpAsync();
            var cartId = (await _bookings.GraphQL.SendAsync("mutation { createCart { cart { id } } }", null, customer.Token, shop.Org.Slug)).Get("createCart.cart.id").GetValue<string>();
            await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(i), cartId, idempotencyKey = Guid.NewGuid().ToString() });
        }
        var seriesCustomer = await _bookings.Accounts.SignUpAsync();
        var series = await _bookings.GraphQL.SendAsync("mutation($input: BookSeriesInput!) { bookSeries(input: $input) { userErrors { code } } }",
            new { input = new { offeringId = offering, start = Bookings.Slot(0, days: 20), frequency = "WEEKLY", occurrences = 2, mode = "ALL_OR_NOTHING", idempotencyKey = Guid.NewGuid().ToString() } }, seriesCustomer.Token, shop.Org.Slug);
        Assert.Empty(series.Get("bookSeries.userErrors").AsArray());
        return shop;
    }

    private async Task<(int Commands, int Bookings)> CountCommandsAsync(Bookings.Shop shop)
    {
        using var source = new ActivitySource("Platform.IntegrationTests.BookingLoaders");
        var commands = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Npgsql" || s.Name == source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { if (a.Source.Name == "Npgsql") commands.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);

        using var request = source.StartActivity("booking-list")!;
        var result = await _bookings.GraphQL.SendAsync(ListQuery, null, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.True(result.Errors is null, result.Body?.ToJsonString());
        var traceId = request.TraceId;
        return (commands.Count(c => c.TraceId == traceId), result.Get("bookings.edges").AsArray().Count);
    }
}
