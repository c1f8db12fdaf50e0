using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>Recurring series: every occurrence checked and reported, all-or-nothing or book-what-fits, cancel one or the rest.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SeriesTests(PlatformApp app)
{
    private const string SeriesFields = "series { id frequency occurrencesRequested bookings { id start seriesIndex status } } cart { id status total { amount currency holds } } occurrences { index start booking { id status } problem { code message } } replayed userErrors { code message }";
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task Book_what_fits_books_the_free_weeks_and_reports_the_conflicting_one()
    {
        var shop = await _bookings.ShopAsync("Europe/London");
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var first = Bookings.Slot(days: 2);
        // Someone already has the third week.
        await _bookings.HeldAsync(shop, (await _bookings.Accounts.SignUpAsync()).Token, new { offeringId = offering, start = first.AddDays(14), idempotencyKey = Guid.NewGuid().ToString() });

        var result = await SeriesAsync(shop, customer, offering, first, "WEEKLY", 4, "BOOK_WHAT_FITS");

        Assert.Empty(result.Get("bookSeries.userErrors").AsArray());
        var occurrences = result.Get("bookSeries.occurrences").AsArray();
        Assert.Equal(4, occurrences.Count);
        Assert.Equal([true, true, false, true], occurrences.Select(o => o!["booking"] is not null));
        Assert.Equal("SLOT_UNAVAILABLE", occurrences[2]!["problem"]!["code"]!.GetValue<string>());
        var booked = result.Get("bookSeries.series.bookings").AsArray();
        Assert.Equal([0, 1, 3], booked.Select(b => b!["seriesIndex"]!.GetValue<int>()));
        Assert.All(booked, b => Assert.Equal("CONFIRMED", b!["status"]!.GetValue<string>()));
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Assert.All(booked, b => Assert.Equal(TimeZoneInfo.ConvertTime(first, london).TimeOfDay,
            TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(b!["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), london).TimeOfDay));
    }

    [Fact]
    public async Task All_or_nothing_books_nothing_when_one_occurrence_conflicts_and_names_it()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var first = Bookings.Slot(days: 2);
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = first.AddDays(28), idempotencyKey = Guid.NewGuid().ToString() });

        var result = await SeriesAsync(shop, customer, offering, first, "WEEKLY", 5, "ALL_OR_NOTHING");

        Assert.Equal("SERIES_CONFLICT", Bookings.ErrorCode(result, "bookSeries"));
        Assert.Null(result.Get("bookSeries").AsObject()["series"]);
        var occurrences = result.Get("bookSeries.occurrences").AsArray();
        Assert.Equal([4], occurrences.Where(o => o!["problem"] is not null).Select(o => o!["index"]!.GetValue<int>()));
        Assert.All(occurrences, o => Assert.Null(o!["booking"]));
        Assert.Equal(1L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings"));
        Assert.Equal(0L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM booking_series"));
    }

    [Fact]
    public async Task A_paid_series_goes_into_one_cart_for_one_payment_and_a_retry_replays_it()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 2000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var key = Guid.NewGuid().ToString();

        var result = await SeriesAsync(shop, customer, offering, Bookings.Slot(days: 2), "BIWEEKLY", 3, "ALL_OR_NOTHING", key);
        var retry = await SeriesAsync(shop, customer, offering, Bookings.Slot(days: 2), "BIWEEKLY", 3, "ALL_OR_NOTHING", key);

        Assert.Equal(("OPEN", 6000L, 3), (result.Get("bookSeries.cart.status").GetValue<string>(), result.Get("bookSeries.cart.total.amount").GetValue<long>(), result.Get("bookSeries.cart.total.holds").GetValue<int>()));
        Assert.All(result.Get("bookSeries.series.bookings").AsArray(), b => Assert.Equal("HELD", b!["status"]!.GetValue<string>()));
        Assert.True(retry.Get("bookSeries.replayed").GetValue<bool>());
        Assert.Equal(result.Get("bookSeries.series.id").GetValue<string>(), retry.Get("bookSeries.series.id").GetValue<string>());
        Assert.Equal(3L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings"));
    }

    [Fact]
    public async Task Cancelling_the_rest_of_a_series_cancels_this_and_later_occurrences_but_not_earlier_ones()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var result = await SeriesAsync(shop, customer, offering, Bookings.Slot(days: 2), "MONTHLY", 4, "ALL_OR_NOTHING");
        var bookings = result.Get("bookSeries.series.bookings").AsArray();

        var single = await _bookings.ActAsync(shop, customer.Token, "cancelBooking", bookings[0]!["id"]!.GetValue<string>());
        Assert.Equal("CANCELLED", single.Get("cancelBooking.booking.status").GetValue<string>());
        var rest = await _bookings.GraphQL.SendAsync("mutation($id: ID!) { cancelSeries(fromBookingId: $id) { cancelled { id seriesIndex status } userErrors { code } } }",
            new { id = bookings[2]!["id"]!.GetValue<string>() }, customer.Token, shop.Org.Slug);

        Assert.Equal([2, 3], rest.Get("cancelSeries.cancelled").AsArray().Select(b => b!["seriesIndex"]!.GetValue<int>()));
        Assert.Equal("CONFIRMED", (await _bookings.BookingAsync(shop, customer.Token, bookings[1]!["id"]!.GetValue<string>()))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_series_questions_are_user_errors()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        Assert.Equal("INVALID_OCCURRENCES", Bookings.ErrorCode(await SeriesAsync(shop, customer, offering, Bookings.Slot(), "WEEKLY", 53, "ALL_OR_NOTHING"), "bookSeries"));
        Assert.Equal("INVALID_OCCURRENCES", Bookings.ErrorCode(await SeriesAsync(shop, customer, offering, Bookings.Slot(), "WEEKLY", 1, "ALL_OR_NOTHING"), "bookSeries"));
        var badZone = await _bookings.GraphQL.SendAsync($"mutation($input: BookSeriesInput!) {{ bookSeries(input: $input) {{ {SeriesFields} }} }}",
            new { input = new { offeringId = offering, start = Bookings.Slot(), frequency = "WEEKLY", occurrences = 2, mode = "ALL_OR_NOTHING", timeZone = "Mars/Olympus", idempotencyKey = "k" } }, customer.Token, shop.Org.Slug);
        Assert.Equal("INVALID_TIME_ZONE", Bookings.ErrorCode(badZone, "bookSeries"));
    }

    private Task<GraphQLClient.Response> SeriesAsync(Bookings.Shop shop, Accounts.Person customer, string offering, DateTimeOffset start, string frequency, int occurrences, string mode, string? key = null) =>
        _bookings.GraphQL.SendAsync($"mutation($input: BookSeriesInput!) {{ bookSeries(input: $input) {{ {SeriesFields} }} }}",
            new { input = new { offeringId = offering, start, frequency, occurrences, mode, idempotencyKey = key ?? Guid.NewGuid().ToString() } }, customer.Token, shop.Org.Slug);
}
