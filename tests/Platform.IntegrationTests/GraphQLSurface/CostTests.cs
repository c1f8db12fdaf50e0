using System.Diagnostics;
using System.Net;
using System.Text;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.GraphQLSurface;

/// <summary>A request cannot buy seconds of CPU: its cost is bounded before validation and priced by the work it asks for.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CostTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    /// <summary>
    /// <c>query{...F0} fragment F0 on Query{...F1 ×10} … F{levels-1} on Query{__typename}</c>: 10^levels selections once spread.
    /// </summary>
    private static string FragmentBomb(int levels, string prefix)
    {
        var text = new StringBuilder("query{..." + prefix + "0}");
        for (var level = 0; level < levels - 1; level++)
            text.Append($" fragment {prefix}{level} on Query{{{string.Concat(Enumerable.Repeat($"...{prefix}{level + 1} ", 10))}}}");
        text.Append($" fragment {prefix}{levels - 1} on Query{{__typename}}");
        return text.ToString();
    }

    [Fact]
    public async Task A_document_of_fragments_spread_ten_times_twelve_levels_deep_is_refused_within_100_ms()
    {
        var graphQL = new GraphQLClient(app.Http());
        // Warm-up: the first request pays for JIT and connections; the measured one must be a document never seen before.
        await graphQL.SendAsync(FragmentBomb(12, "W" + Guid.NewGuid().ToString("N")[..6]));

        var bomb = FragmentBomb(12, "F" + Guid.NewGuid().ToString("N")[..6]);
        Assert.InRange(Encoding.UTF8.GetByteCount(bomb), 1000, 2000);
        var clock = Stopwatch.StartNew();
        var result = await graphQL.SendAsync(bomb);
        clock.Stop();

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", result.FirstErrorCode);
        Assert.Null(result.Data);
        // The server's own handling (Server-Timing), so a busy test machine's scheduling does not count; the round trip is a sanity bound.
        var serverMilliseconds = ServerMilliseconds(result.Message);
        Assert.True(serverMilliseconds < 100, $"the server took {serverMilliseconds} ms");
        Assert.True(clock.ElapsedMilliseconds < 2000, $"the round trip took {clock.ElapsedMilliseconds} ms");
    }

    private static double ServerMilliseconds(HttpResponseMessage response)
    {
        var timing = response.Headers.GetValues("Server-Timing").Single();
        var milliseconds = timing[(timing.IndexOf("dur=", StringComparison.Ordinal) + 4)..];
        return double.Parse(milliseconds, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Two_hundred_aliased_62_day_slot_searches_are_refused_as_too_complex_before_any_runs()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var from = DateOnly.FromDateTime(DateTime.UtcNow.Date.AddDays(1));
        var searches = Enumerable.Range(0, 200).Select(i =>
            $"s{i}: availableSlots(offeringId: \"{offering}\", from: \"{from:yyyy-MM-dd}\", to: \"{from.AddDays(61):yyyy-MM-dd}\") "
            + "{ slots { start } }");

        var clock = Stopwatch.StartNew();
        var result = await _bookings.GraphQL.SendAsync("{ " + string.Join(" ", searches) + " }", tenant: shop.Org.Slug);
        clock.Stop();

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Null(result.Data);
        Assert.Contains("complex", result.Errors![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.True(ServerMilliseconds(result.Message) < 1000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task An_ordinary_booking_page_query_for_a_month_passes()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var from = DateOnly.FromDateTime(DateTime.UtcNow.Date.AddDays(1));
        var page = $$"""
            {
              organization { name timeZone currency }
              offerings { id name durationsMinutes priceRules { role unitAmount currency } providers { id displayName } }
              availableSlots(offeringId: "{{offering}}", from: "{{from:yyyy-MM-dd}}", to: "{{from.AddDays(30):yyyy-MM-dd}}",
                timeZone: "Europe/London") {
                timeZone
                slots { start end localStart localDate remainingSeats provider { id displayName } }
                userErrors { code field message }
              }
            }
            """;

        var result = await _bookings.GraphQL.SendAsync(page, tenant: shop.Org.Slug);

        Assert.True(result.Status == HttpStatusCode.OK && result.Errors is null, result.Body?.ToJsonString());
        Assert.NotEmpty(result.Get("availableSlots.slots").AsArray());
    }
}
