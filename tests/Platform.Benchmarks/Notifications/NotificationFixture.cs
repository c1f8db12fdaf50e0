namespace Platform.Benchmarks.Notifications;

/// <summary>
/// One organization whose bookings everyone hears about: providers working around the clock in UTC, a free one-hour
/// offering (a hold is confirmed at once: a confirmation email to the customer, a new-booking email to the provider,
/// a <c>booking.confirmed</c> webhook), and an endpoint at the benchmark's receiver. Built through the public API.
/// </summary>
public sealed record NotificationFixture(string Slug, Guid TenantId, string OfferingId, IReadOnlyList<string> ProviderIds, string CustomerToken)
{
    public const int ProviderCount = 4;

    public static async Task<NotificationFixture> CreateAsync(Accounts accounts, Catalog catalog, Uri webhookUrl)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var owner = await accounts.SignUpAsync($"owner-{run}@bench.test");
        var organization = await accounts.CreateOrganizationAsync(owner, timeZone: "UTC", currency: "USD");
        var providers = new List<string>();
        for (var i = 0; i < ProviderCount; i++) providers.Add(await catalog.CreateProviderAsync(organization, "UTC", "00:00", "24:00"));
        var offering = await catalog.CreateOfferingAsync(organization,
            new { name = "Intro call", durationsMinutes = new[] { 60 }, slotIntervalMinutes = 60, bookingWindowDays = 730, providerIds = providers });
        await catalog.PriceAsync(organization, offering, ("public", 0));
        var endpoint = await accounts.GraphQL.SendAsync(
            "mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { endpoint { id } userErrors { code message } } }",
            new { i = new { url = webhookUrl.ToString(), events = new[] { "booking.confirmed" }, description = "benchmark" } },
            owner.Token, organization.Slug);
        if (endpoint.Errors is not null || endpoint.Get("createWebhookEndpoint.userErrors").AsArray().Count > 0)
            throw new InvalidOperationException("createWebhookEndpoint: " + endpoint.Body?.ToJsonString());
        var customer = await accounts.SignUpAsync($"customer-{run}@bench.test");
        return new NotificationFixture(organization.Slug, Catalog.Id(organization.Id, "Organization"), offering, providers, customer.Token);
    }
}
