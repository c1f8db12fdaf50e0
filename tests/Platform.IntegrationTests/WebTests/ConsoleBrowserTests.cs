using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebTests;

/// <summary>The console in Chromium (web/e2e/admin-creates-offering.mjs): an owner sets up an offering a guest can then see.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConsoleBrowserTests(PlatformApp app)
{
    [Fact]
    public async Task An_owner_creates_an_offering_with_a_member_price_in_the_console_and_a_guest_sees_its_public_price()
    {
        var bookings = new Bookings(app);
        var shop = await bookings.ShopAsync(payments: false);
        var org = shop.Org;
        const string ownerName = "Olivia Owner";

        // The owner gets a name of their own (every test account is "Test User") to be told apart from the provider.
        var profile = await bookings.GraphQL.SendAsync(
            "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { userErrors { code message } } }",
            new { input = new { displayName = ownerName } }, org.Owner.Token, org.Slug);
        Assert.Empty(profile.Get("updateProfile.userErrors").AsArray());
        var role = await bookings.GraphQL.SendAsync(
            "mutation($input: DefineCustomerRoleInput!) { defineCustomerRole(input: $input) { userErrors { code message } } }",
            new { input = new { key = "member", name = "Member" } }, org.Owner.Token, org.Slug);
        Assert.Empty(role.Get("defineCustomerRole.userErrors").AsArray());

        var offeringName = "Console offering " + Guid.NewGuid().ToString("N")[..6];
        var answers = new Dictionary<string, BrowserScenarios.Answer>
        {
            // What the API says about the offering, asked anonymously (as the booking page does): prices and providers.
            ["publicOffering"] = async payload =>
            {
                var name = payload!["name"]!.GetValue<string>();
                var result = await bookings.GraphQL.SendAsync(
                    "{ offerings { name priceRules { role unitAmount currency } providers { displayName } } }", null, null, org.Slug);
                return result.Get("offerings").AsArray().FirstOrDefault(o => o?["name"]?.GetValue<string>() == name)
                    ?? throw new InvalidOperationException($"no offering named {name}: {result.Body?.ToJsonString()}");
            },
        };

        await new BrowserScenarios(app).RunAsync("admin-creates-offering", new
        {
            slug = org.Slug,
            ownerEmail = org.Owner.Email,
            ownerName,
            password = Accounts.Password,
            offeringName,
        }, answers);
    }
}
