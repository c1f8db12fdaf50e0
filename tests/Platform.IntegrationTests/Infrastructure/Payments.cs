using System.Text.Json.Nodes;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Payment flows through the public API and the Stripe fake: onboarding, paying, waiting for webhooks.</summary>
public sealed class Payments(PlatformApp app, Accounts accounts)
{
    public const string PaymentFields = "id status channel attempt amount amountReceived currency paymentIntentId captureBefore capturedAt failureCode checkoutUrl";

    public GraphQLClient GraphQL => accounts.GraphQL;

    /// <summary>
    /// Onboards <paramref name="org"/> the way an administrator does: connectPaymentAccount, finish Stripe's
    /// hosted onboarding (the fake), then come back through the return URL. Returns the connected account id.
    /// </summary>
    public async Task<string> EnableAsync(Accounts.Organization org)
    {
        var accountId = await ConnectAsync(org);
        await app.Stripe.CompleteOnboardingAsync(accountId);
        using var back = await app.Http().GetAsync(new Uri(app.Stripe.ReturnUrlOf(accountId)!).PathAndQuery);
        Assert.Equal(200, (int)back.StatusCode);
        return accountId;
    }

    /// <summary>connectPaymentAccount as the owner; returns the account id.</summary>
    public async Task<string> ConnectAsync(Accounts.Organization org)
    {
        var result = await GraphQL.SendAsync("mutation { connectPaymentAccount { account { stripeAccountId chargesEnabled } onboardingUrl expiresAt userErrors { code message } } }", null, org.Owner.Token, org.Slug);
        Assert.True(result.Errors is null && result.Get("connectPaymentAccount.userErrors").AsArray().Count == 0, result.Body?.ToJsonString());
        return result.Get("connectPaymentAccount.account.stripeAccountId").GetValue<string>();
    }

    public async Task<GraphQLClient.Response> StartAsync(Accounts.Organization org, string? token, object input) =>
        await GraphQL.SendAsync($"mutation($input: StartPaymentInput!) {{ startPayment(input: $input) {{ clientSecret publishableKey payment {{ {PaymentFields} }} userErrors {{ code field message }} }} }}",
            new { input }, token, org.Slug);

    /// <summary>startPayment for one hold; asserts success and returns the PaymentIntent id.</summary>
    public async Task<string> StartForBookingAsync(Accounts.Organization org, string? token, string bookingId, string? guestEmail = null)
    {
        var result = await StartAsync(org, token, new { bookingId, guestEmail });
        Assert.True(result.Errors is null && result.Get("startPayment.userErrors").AsArray().Count == 0, result.Body?.ToJsonString());
        return result.Get("startPayment.payment.paymentIntentId").GetValue<string>();
    }

    /// <summary>Holds, starts the payment and has the card authorized; returns the booking and its intent.</summary>
    public async Task<(JsonNode Booking, string IntentId)> PaidHoldAsync(Bookings bookings, Bookings.Shop shop, string token, string offering, DateTimeOffset start)
    {
        var booking = await bookings.HeldAsync(shop, token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() });
        var intent = await StartForBookingAsync(shop.Org, token, booking["id"]!.GetValue<string>());
        return (booking, intent);
    }

    /// <summary>Polls until <paramref name="condition"/> holds (webhooks are processed by a background job).</summary>
    public static Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        Eventually.TrueAsync(condition, what, timeout);

    /// <summary>Waits until the booking reads <paramref name="status"/> and <paramref name="paymentStatus"/>; returns it.</summary>
    public async Task<JsonNode> UntilAsync(Bookings bookings, Bookings.Shop shop, string bookingId, string status, string paymentStatus, TimeSpan? timeout = null)
    {
        JsonNode? booking = null;
        await EventuallyAsync(async () =>
        {
            booking = await bookings.BookingAsync(shop, shop.Org.Owner.Token, bookingId);
            return booking?["status"]?.GetValue<string>() == status && booking?["paymentStatus"]?.GetValue<string>() == paymentStatus;
        }, $"booking {bookingId} to be {status}/{paymentStatus} (last: {booking?["status"]}/{booking?["paymentStatus"]})", timeout);
        return booking!;
    }

    /// <summary>Requests the fake received about <paramref name="intentId"/> at <paramref name="suffix"/> (e.g. "/capture").</summary>
    public IReadOnlyList<Stripe.FakeRequest> RequestsTo(string path) => [.. app.Stripe.Requests.Where(r => r.Method == "POST" && r.Path == path)];

    /// <summary>Every stored webhook has been processed (or none is pending): the inbox is drained.</summary>
    public async Task DrainedAsync()
    {
        await app.Stripe.WaitForDeliveriesAsync();
        // Given-up events (a test's dead letter) and events waiting for a Checkout link are not work in progress.
        const string Pending = "SELECT count(*) FROM platform.stripe_events WHERE processed_at IS NULL AND dead_at IS NULL AND coalesce(outcome, '') NOT LIKE 'waiting%'";
        await EventuallyAsync(async () => await ScalarAsync<long>(Pending) == 0, "the webhook inbox to drain");
    }

    /// <summary>A query as the database owner (no RLS): for the global inbox and routing tables.</summary>
    public async Task<T?> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = p });
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
