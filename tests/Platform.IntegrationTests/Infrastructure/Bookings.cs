using System.Text.Json.Nodes;
using Npgsql;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Booking flows through the public API, and a fixture of one organization ready to book.</summary>
public sealed class Bookings(PlatformApp app)
{
    public const string BookingFields = """
        id status paymentStatus seats start end durationMinutes holdExpiresAt confirmationDeadline seriesIndex
        price { amount unitAmount currency role basis }
        provider { id } offering { id }
        customer { isGuest email displayName }
        participants { name email }
        cancellation { refundPercent refundAmount currency }
        refundIfCustomerCancelsNow { refundPercent refundAmount }
        events { kind from to actor reason details }
        """;

    public Accounts Accounts { get; } = new(app);

    public Catalog Catalog { get; } = new(app, new Accounts(app));

    public GraphQLClient GraphQL => Accounts.GraphQL;

    public Payments Payments => _payments ??= new Payments(app, Accounts);

    private Payments? _payments;

    /// <summary>An organization with one provider working around the clock in UTC, and helpers to add offerings.</summary>
    public sealed record Shop(Accounts.Organization Org, string ProviderId, Accounts.Person ProviderPerson)
    {
        /// <summary>Its Stripe connected account, once onboarded.</summary>
        public string? StripeAccountId { get; init; }
    }

    /// <summary>An organization ready to book, onboarded to the Stripe fake so it can take paid bookings.</summary>
    public async Task<Shop> ShopAsync(string timeZone = "UTC", bool payments = true, string currency = "USD")
    {
        var org = await Accounts.CreateOrganizationAsync(currency: currency);
        var (providerId, person) = await ProviderAsync(org, timeZone);
        var shop = new Shop(org, providerId, person);
        if (payments) shop = shop with { StripeAccountId = await Payments.EnableAsync(org) };
        return shop;
    }

    /// <summary>A provider (a new person with the PROVIDER role) working 00:00–24:00 every day.</summary>
    public async Task<(string ProviderId, Accounts.Person Person)> ProviderAsync(Accounts.Organization org, string timeZone = "UTC")
    {
        var person = await Accounts.SignUpAsync();
        var membershipId = await Accounts.AddMemberAsync(org, person, "PROVIDER");
        var result = await GraphQL.SendAsync(
            "mutation($input: SetProviderScheduleInput!) { setProviderSchedule(input: $input) { provider { id } userErrors { code message } } }",
            new { input = new { membershipId, timeZone, weeklyHours = Catalog.EveryDay.Select(d => new { dayOfWeek = d, start = "00:00", end = "24:00" }) } },
            org.Owner.Token, org.Slug);
        Assert.Empty(result.Get("setProviderSchedule.userErrors").AsArray());
        return (result.Get("setProviderSchedule.provider.id").GetValue<string>(), person);
    }

    /// <summary>
    /// An offering delivered by <paramref name="providerIds"/>; <paramref name="price"/> in minor units of the
    /// organization's currency for 'public' (0: free, said with a rule of 0 — an offering without rules is not sold).
    /// </summary>
    public async Task<string> OfferingAsync(Shop shop, long price = 0, object? extra = null, params string[] providerIds)
    {
        var fields = new Dictionary<string, object?>
        {
            ["name"] = "Offering " + Guid.NewGuid().ToString("N")[..6],
            ["durationsMinutes"] = new[] { 60 },
            ["slotIntervalMinutes"] = 60,
            ["bookingWindowDays"] = 365,
            ["providerIds"] = providerIds.Length > 0 ? providerIds : new[] { shop.ProviderId },
        };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties()) fields[p.Name] = p.GetValue(extra);
        var offering = await Catalog.CreateOfferingAsync(shop.Org, fields);
        await PriceAsync(shop.Org, offering, ("public", price));
        return offering;
    }

    public Task PriceAsync(Accounts.Organization org, string offeringId, params (string Role, long Amount)[] rules) =>
        Catalog.PriceAsync(org, offeringId, rules);

    /// <summary>A whole hour a few days ahead (UTC), offset by <paramref name="hours"/>.</summary>
    public static DateTimeOffset Slot(int hours = 0, int days = 3) =>
        new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(days).AddHours(10 + hours);

    public async Task<GraphQLClient.Response> HoldAsync(Shop shop, string? token, object input) =>
        await GraphQL.SendAsync($"mutation($input: HoldBookingInput!) {{ holdBooking(input: $input) {{ replayed booking {{ {BookingFields} }} userErrors {{ code field message }} }} }}",
            new { input }, token, shop.Org.Slug);

    /// <summary>Holds and asserts success; returns the booking.</summary>
    public async Task<JsonNode> HeldAsync(Shop shop, string? token, object input)
    {
        var result = await HoldAsync(shop, token, input);
        Assert.True(result.Errors is null && result.Get("holdBooking.userErrors").AsArray().Count == 0, result.Body?.ToJsonString());
        return result.Get("holdBooking.booking");
    }

    public async Task<GraphQLClient.Response> ActAsync(Shop shop, string token, string mutation, string bookingId, string? reason = null) =>
        await GraphQL.SendAsync($"mutation($id: ID!, $reason: String) {{ {mutation}(id: $id, reason: $reason) {{ booking {{ {BookingFields} }} userErrors {{ code field message }} }} }}",
            new { id = bookingId, reason }, token, shop.Org.Slug);

    public async Task<JsonNode?> BookingAsync(Shop shop, string? token, string bookingId) =>
        (await GraphQL.SendAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Booking {{ {BookingFields} }} }} }}", new { id = bookingId }, token, shop.Org.Slug)).Data?["node"];

    public static string? ErrorCode(GraphQLClient.Response response, string field) =>
        response.Get($"{field}.userErrors").AsArray().FirstOrDefault()?["code"]?.GetValue<string>();

    /// <summary>Runs SQL as the application role under <paramref name="org"/>'s tenant (through RLS), e.g. to read rows back.</summary>
    public async Task<T?> ScalarAsync<T>(Accounts.Organization org, string sql, params object[] parameters)
    {
        await using var connection = await app.Database.OpenAsTenantAsync(Catalog.Id(org.Id, "Organization"));
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Guid IdOf(string bookingId) => Catalog.Id(bookingId, "Booking");
}
