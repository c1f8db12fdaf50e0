using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Features.Notifications.SelfService;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.SelfServiceTests;

/// <summary>Issue 15: the cancel and reschedule pages behind the links in a customer's emails, for guests and account holders.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SelfServicePageTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task A_customer_sees_the_booking_and_the_refund_then_cancels_without_signing_in()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var booking = await _bookings.HeldAsync(shop, customer.Token,
            new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() });
        var id = booking["id"]!.GetValue<string>();
        var link = Link(shop, id, booking, cancel: true);

        var page = await GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Nothing was paid for this booking", page.Html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("(Europe/London)", page.Html, StringComparison.Ordinal);

        var cancelled = await PostAsync(link, []);
        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        Assert.Contains("Your booking is cancelled", cancelled.Html, StringComparison.Ordinal);
        Assert.Equal("CANCELLED", (await _bookings.BookingAsync(shop, customer.Token, id))!["status"]!.GetValue<string>());

        var again = await GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("already cancelled", again.Html, StringComparison.Ordinal);
        Assert.Contains("already cancelled", (await PostAsync(link, [])).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paid_booking_shows_the_refund_by_its_terms_before_cancelling_and_cancelling_refunds_it()
    {
        var shop = await _bookings.ShopAsync();
        var tiered = new
        {
            cancellationPolicy = new
            {
                tiers = new[] { new { minimumNoticeMinutes = 48 * 60, refundPercent = 100 }, new { minimumNoticeMinutes = 24 * 60, refundPercent = 50 } },
                rescheduleCutoffMinutes = 0,
            },
        };
        var offering = await _bookings.OfferingAsync(shop, 2000, tiered);
        var customer = await _bookings.Accounts.SignUpAsync();
        var now = DateTimeOffset.UtcNow;
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(31);
        var (booking, intent) = await _bookings.Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, start);
        var id = booking["id"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intent);
        await _bookings.Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");
        var link = Link(shop, id, booking, cancel: true);

        var page = await GetAsync(link);
        Assert.Contains("get back <strong>10.00 USD</strong> (50% of what you paid)", page.Html, StringComparison.Ordinal);

        var cancelled = await PostAsync(link, []);
        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        Assert.Contains("You will get back 10.00 USD", cancelled.Html, StringComparison.Ordinal);
        var after = (await _bookings.BookingAsync(shop, customer.Token, id))!;
        Assert.Equal("CANCELLED", after["status"]!.GetValue<string>());
        Assert.Equal(1000, after["cancellation"]!["refundAmount"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_guest_moves_the_booking_to_an_open_slot_through_the_reschedule_link()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop, extra: new { allowsGuests = true });
        var booking = await _bookings.HeldAsync(shop, null, new
        {
            offeringId = offering, start = Bookings.Slot(), guestEmail = $"guest-{Guid.NewGuid():N}@example.test", guestName = "Gail <b>Guest</b>",
            idempotencyKey = Guid.NewGuid().ToString(),
        });
        var id = booking["id"]!.GetValue<string>();
        var link = Link(shop, id, booking, cancel: false);

        var page = await GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var target = Bookings.Slot(hours: 2);
        var value = target.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"value=\"{value}", page.Html, StringComparison.Ordinal);

        var moved = await PostAsync(link, new() { ["start"] = target.ToString("o", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, moved.Status);
        Assert.Contains("now starts", moved.Html, StringComparison.Ordinal);
        var after = (await _bookings.BookingAsync(shop, shop.Org.Owner.Token, id))!;
        Assert.Equal(target, DateTimeOffset.Parse(after["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));

        var nonsense = await PostAsync(link, new() { ["start"] = "tomorrow" });
        Assert.Equal(HttpStatusCode.BadRequest, nonsense.Status);

        // A time someone else holds: 409, and the booking stays where it was.
        var taken = Bookings.Slot(hours: 4);
        await _bookings.HeldAsync(shop, null, new
        {
            offeringId = offering, start = taken, guestEmail = $"other-{Guid.NewGuid():N}@example.test", idempotencyKey = Guid.NewGuid().ToString(),
        });
        var conflict = await PostAsync(link, new() { ["start"] = taken.ToString("o", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        var still = (await _bookings.BookingAsync(shop, shop.Org.Owner.Token, id))!;
        Assert.Equal(target, DateTimeOffset.Parse(still["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_tampered_link_another_organizations_link_and_no_organization_are_a_404_page()
    {
        var a = await _bookings.ShopAsync(payments: false);
        var b = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(a);
        var customer = await _bookings.Accounts.SignUpAsync();
        var booking = await _bookings.HeldAsync(a, customer.Token,
            new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() });
        var link = Link(a, booking["id"]!.GetValue<string>(), booking, cancel: true);
        var token = link.Split('/')[4];
        var tampered = link.Replace(token, token[..^3] + (token[^3] == 'A' ? "BBB" : "AAA"), StringComparison.Ordinal);

        foreach (var path in new[] { tampered, link.Replace(a.Org.Slug, b.Org.Slug, StringComparison.Ordinal), link[link.IndexOf("/manage", StringComparison.Ordinal)..], "/t/" + a.Org.Slug + "/manage/x/reschedule" })
        {
            var page = await GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.Contains("Link not valid", page.Html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(path, [])).Status);
        }

        Assert.Equal("CONFIRMED", (await _bookings.BookingAsync(a, customer.Token, booking["id"]!.GetValue<string>()))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_post_from_another_site_is_refused()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var booking = await _bookings.HeldAsync(shop, customer.Token,
            new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() });
        using var request = new HttpRequestMessage(HttpMethod.Post, Link(shop, booking["id"]!.GetValue<string>(), booking, cancel: true))
        {
            Content = new FormUrlEncodedContent([]),
        };
        request.Headers.Add("Origin", "https://evil.example");
        using var response = await app.Http().SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("CONFIRMED", (await _bookings.BookingAsync(shop, customer.Token, booking["id"]!.GetValue<string>()))!["status"]!.GetValue<string>());
    }

    private string Link(Bookings.Shop shop, string bookingId, System.Text.Json.Nodes.JsonNode booking, bool cancel)
    {
        using var scope = app.Services.CreateScope();
        var links = scope.ServiceProvider.GetRequiredService<SelfServiceLinks>();
        var tenantId = Catalog.Id(shop.Org.Id, "Organization");
        var end = DateTimeOffset.Parse(booking["end"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var url = cancel
            ? links.CancelUrl(shop.Org.Slug, tenantId, Bookings.IdOf(bookingId), end)
            : links.RescheduleUrl(shop.Org.Slug, tenantId, Bookings.IdOf(bookingId), end);
        return new Uri(url).PathAndQuery;
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await app.Http().GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode Status, string Html)> PostAsync(string path, Dictionary<string, string> form)
    {
        using var response = await app.Http().PostAsync(path, new FormUrlEncodedContent(form));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
