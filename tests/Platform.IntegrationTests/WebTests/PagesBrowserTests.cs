using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebTests;

/// <summary>
/// The pages no flow covers (front door, account pages, the embeddable booking page on another website) pass axe,
/// and a booking can be made with the keyboard alone (web/e2e/pages-a11y.mjs, booking-keyboard.mjs).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PagesBrowserTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task Account_pages_and_the_embedded_booking_page_load_and_pass_axe()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var name = "Embed " + Guid.NewGuid().ToString("N")[..6];
        await _bookings.OfferingAsync(shop, extra: new { name, allowsGuests = true });

        await new BrowserScenarios(app).RunAsync("pages-a11y", new
        {
            slug = shop.Org.Slug, offering = name, email = $"new-{Guid.NewGuid():N}@example.test",
        });
    }

    [Fact]
    public async Task A_guest_books_with_the_keyboard_alone()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var name = "Keys " + Guid.NewGuid().ToString("N")[..6];
        await _bookings.OfferingAsync(shop, extra: new { name, allowsGuests = true });
        var guest = $"keys-{Guid.NewGuid():N}@example.test";

        await new BrowserScenarios(app).RunAsync("booking-keyboard", new { slug = shop.Org.Slug, offering = name, guest });

        Assert.Equal("Confirmed", await _bookings.ScalarAsync<string>(shop.Org, "SELECT status FROM bookings WHERE guest_email = $1", guest));
    }
}
