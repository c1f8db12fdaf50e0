using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebTests;

/// <summary>The client's public booking page opens in Chromium without errors and passes axe (web/e2e/smoke.mjs).</summary>
[Collection(PlatformCollection.Name)]
public sealed class BrowserSmokeTests(PlatformApp app)
{
    [Fact]
    public async Task The_public_booking_page_of_a_new_organization_renders_without_console_errors_and_passes_axe()
    {
        var bookings = new Bookings(app);
        var shop = await bookings.ShopAsync(payments: false);
        await bookings.OfferingAsync(shop);

        await new BrowserScenarios(app).RunAsync("smoke", new { slug = shop.Org.Slug });
    }
}
