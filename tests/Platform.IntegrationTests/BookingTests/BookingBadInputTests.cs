using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>Bad input to the booking mutations gets a clear error and changes nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BookingBadInputTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task Hold_questions_that_cannot_be_answered_are_user_errors_and_book_nothing()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, extra: new { minimumNoticeMinutes = 120, bookingWindowDays = 10 });
        var customer = await _bookings.Accounts.SignUpAsync();
        async Task<string?> Hold(object input) => Bookings.ErrorCode(await _bookings.HoldAsync(shop, customer.Token, input), "holdBooking");

        Assert.Equal("NOT_FOUND", await Hold(new { offeringId = "not-an-id", start = Bookings.Slot(), idempotencyKey = "a" }));
        Assert.Equal("NOT_FOUND", await Hold(new { offeringId = shop.ProviderId, start = Bookings.Slot(), idempotencyKey = "a" }));
        Assert.Equal("NOT_FOUND", await Hold(new { offeringId = offering, providerId = offering, start = Bookings.Slot(), idempotencyKey = "a" }));
        Assert.Equal("INVALID_IDEMPOTENCY_KEY", await Hold(new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = "" }));
        Assert.Equal("INVALID_IDEMPOTENCY_KEY", await Hold(new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = new string('k', 201) }));
        Assert.Equal("INVALID_DURATION", await Hold(new { offeringId = offering, start = Bookings.Slot(), durationMinutes = 45, idempotencyKey = "a" }));
        Assert.Equal("START_IN_PAST", await Hold(new { offeringId = offering, start = DateTimeOffset.UtcNow.AddHours(-1), idempotencyKey = "a" }));
        var tooSoon = DateTimeOffset.UtcNow.AddMinutes(30);
        Assert.Equal("NOT_A_SLOT", await Hold(new { offeringId = offering, start = tooSoon, idempotencyKey = "a" }));
        Assert.Equal("NOT_A_SLOT", await Hold(new { offeringId = offering, start = Bookings.Slot(days: 11), idempotencyKey = "a" }));
        Assert.Equal("NOT_A_SLOT", await Hold(new { offeringId = offering, start = Bookings.Slot().AddMinutes(7), idempotencyKey = "a" }));
        Assert.Equal("INVALID_SEATS", await Hold(new { offeringId = offering, start = Bookings.Slot(), seats = 2, idempotencyKey = "a" }));
        Assert.Equal(0L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings"));
        Assert.Equal(0L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM idempotency_keys"));
    }

    [Fact]
    public async Task Wrong_types_and_unknown_fields_are_request_errors()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();

        var wrongType = await _bookings.HoldAsync(shop, customer.Token, new { offeringId = offering, start = "tomorrow at ten", idempotencyKey = "a" });
        Assert.NotEqual(HttpStatusCode.OK, wrongType.Status);
        Assert.NotNull(wrongType.Errors);
        var unknownField = await _bookings.HoldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = "a", discount = 100 });
        Assert.NotNull(unknownField.Errors);
        var badEnum = await _bookings.GraphQL.SendAsync("mutation { bookSeries(input: { offeringId: \"x\", start: \"2030-01-01T10:00:00Z\", frequency: DAILY, occurrences: 3, mode: ALL_OR_NOTHING, idempotencyKey: \"k\" }) { userErrors { code } } }", null, customer.Token, shop.Org.Slug);
        Assert.NotNull(badEnum.Errors);
        Assert.Equal(0L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM bookings"));
    }

    [Fact]
    public async Task Actions_need_a_signed_in_caller_and_a_real_booking_id()
    {
        var shop = await _bookings.ShopAsync();
        var customer = await _bookings.Accounts.SignUpAsync();
        var anonymous = await _bookings.GraphQL.SendAsync("mutation { cancelBooking(id: \"x\") { userErrors { code } } }", null, null, shop.Org.Slug);
        Assert.NotNull(anonymous.Errors);
        foreach (var id in new[] { "x", shop.ProviderId, "Qm9va2luZzoxMjM" })
            Assert.Equal("NOT_FOUND", Bookings.ErrorCode(await _bookings.ActAsync(shop, customer.Token, "cancelBooking", id), "cancelBooking"));
        var longReason = await _bookings.ActAsync(shop, customer.Token, "cancelBooking", "x", new string('r', 1001));
        Assert.Equal("INVALID_REASON", Bookings.ErrorCode(longReason, "cancelBooking"));
        var badRange = await _bookings.GraphQL.SendAsync("{ agenda(from: \"2030-01-01T00:00:00Z\", to: \"2029-01-01T00:00:00Z\") { id } }", null, shop.ProviderPerson.Token, shop.Org.Slug);
        Assert.Equal("INVALID_RANGE", badRange.FirstErrorCode);
        var tooLong = await _bookings.GraphQL.SendAsync("{ bookingStats(from: \"2030-01-01T00:00:00Z\", to: \"2032-01-01T00:00:00Z\") { byStatus { count } } }", null, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Equal("INVALID_RANGE", tooLong.FirstErrorCode);
    }

    [Fact]
    public async Task Without_an_organization_booking_mutations_say_so()
    {
        var customer = await _bookings.Accounts.SignUpAsync();
        var result = await _bookings.GraphQL.SendAsync("mutation { holdBooking(input: { offeringId: \"x\", start: \"2030-01-01T10:00:00Z\", idempotencyKey: \"k\" }) { userErrors { code } } }", null, customer.Token);
        Assert.Equal("ORGANIZATION_REQUIRED", result.Get("holdBooking.userErrors").AsArray()[0]!["code"]!.GetValue<string>());
    }
}
