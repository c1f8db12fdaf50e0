using System.Globalization;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebTests;

/// <summary>My bookings in Chromium: a customer cancels a paid booking and sees the refund first and after (web/e2e/customer-cancels.mjs).</summary>
[Collection(PlatformCollection.Name)]
public sealed class MyBookingsBrowserTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task A_customer_cancels_a_paid_booking_seeing_the_refund_in_the_dialog_and_on_the_cancelled_booking()
    {
        var shop = await _bookings.ShopAsync();
        // Full refund with two days' notice; the booking starts four days ahead.
        var policy = new { cancellationPolicy = new { tiers = new[] { new { minimumNoticeMinutes = 48 * 60, refundPercent = 100 } }, rescheduleCutoffMinutes = 0 } };
        var offering = await _bookings.OfferingAsync(shop, price: 10_000, extra: policy);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (booking, intent) = await _bookings.Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot(days: 4));
        var id = booking["id"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intent);
        await _bookings.Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");

        await new BrowserScenarios(app).RunAsync("customer-cancels", new
        {
            slug = shop.Org.Slug,
            email = customer.Email,
            password = Accounts.Password,
            offeringName = await OfferingNameAsync(shop, offering),
            refundText = "$100.00",
        });

        var after = await _bookings.BookingAsync(shop, shop.Org.Owner.Token, id);
        Assert.Equal("CANCELLED", after!["status"]!.GetValue<string>());
        Assert.Equal((100, 10_000L), (after["cancellation"]!["refundPercent"]!.GetValue<int>(), after["cancellation"]!["refundAmount"]!.GetValue<long>()));
        Assert.Single(app.Stripe.RefundsOf(intent));
    }

    private async Task<string> OfferingNameAsync(Bookings.Shop shop, string offeringId)
    {
        var result = await _bookings.GraphQL.SendAsync("query($id: ID!) { node(id: $id) { ... on Offering { name } } }", new { id = offeringId }, shop.Org.Owner.Token, shop.Org.Slug);
        return result.Get("node.name").GetValue<string>();
    }

    internal static string Day(DateTimeOffset start) => start.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
