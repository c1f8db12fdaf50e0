using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Platform.IntegrationTests.Stripe;

namespace Platform.Benchmarks.Chaos;

/// <summary>What one mutation was answered: success (with the booking), a user error, or nothing usable (failed).</summary>
public enum Answer
{
    Success,
    UserError,
    Failed,
}

/// <summary>A hold as the client saw it; <see cref="BookingId"/> when it was answered with a booking.</summary>
public sealed record HoldRecord(string Key, string OfferingId, string ProviderId, DateTimeOffset Start, Answer Answer, string? BookingId);

/// <summary>
/// The steady mix through the proxy, by <c>workers</c> clients (one customer and connection each): slot queries, free
/// holds (on a narrow range of days, so clients race for times), paid holds that start a payment the card (the fake)
/// authorizes, and cancels of earlier bookings (paid ones are then refunded). Every request is timed into the current phase.
/// </summary>
public sealed class ChaosLoad(ITestHost host, ChaosShop shop, StripeFake stripe, ChaosPhases phases)
{
    private const string Hold = "mutation($input: HoldBookingInput!) { holdBooking(input: $input) { booking { id status } replayed userErrors { code } } }";
    private const string Cancel = "mutation($id: ID!) { cancelBooking(id: $id) { booking { id status } userErrors { code } } }";
    private const string Pay = "mutation($input: StartPaymentInput!) { startPayment(input: $input) { payment { paymentIntentId } userErrors { code } } }";
    private const string Slots = "query($o: ID!, $from: DateOnly!, $to: DateOnly!) { availableSlots(offeringId: $o, from: $from, to: $to) { __typename } }";

    public ConcurrentQueue<HoldRecord> Holds { get; } = new();

    /// <summary>Cancels answered success: the booking id.</summary>
    public ConcurrentQueue<string> Cancelled { get; } = new();

    /// <summary>Payments the card authorized: the PaymentIntent id.</summary>
    public ConcurrentQueue<string> Intents { get; } = new();

    public static DateTimeOffset FirstDay { get; } = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(2);

    public Task RunAsync(int workers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(i => Task.Run(() => WorkerAsync(i, stop), CancellationToken.None)));

    private async Task WorkerAsync(int worker, CancellationToken stop)
    {
        var random = new Random(worker * 7919 + 17);
        var token = shop.CustomerTokens[worker % shop.CustomerTokens.Count];
        using var http = host.Http();
        http.Timeout = TimeSpan.FromSeconds(30);
        var client = new GraphQLClient(http);
        var mine = new List<string>();
        while (!stop.IsCancellationRequested)
        {
            var roll = random.NextDouble();
            if (roll < 0.35)
            {
                var day = DateOnly.FromDateTime(FirstDay.AddDays(random.Next(30)).UtcDateTime);
                await TimedAsync(client, Slots, new { o = shop.FreeOffering, from = day, to = day.AddDays(1) }, null, token);
            }
            else if (roll < 0.85 || mine.Count == 0)
            {
                var paid = roll >= 0.65;
                var booking = await HoldAsync(client, random, token, paid);
                if (booking is null) continue;
                mine.Add(booking);
                if (paid) await PayAsync(client, token, booking);
            }
            else
            {
                var id = mine[random.Next(mine.Count)];
                mine.Remove(id);
                var (answer, body) = await TimedAsync(client, Cancel, new { id }, "cancelBooking", token);
                if (answer == Answer.Success) Cancelled.Enqueue(id);
                _ = body;
            }
        }
    }

    private async Task<string?> HoldAsync(GraphQLClient client, Random random, string token, bool paid)
    {
        var offering = paid ? shop.PaidOffering : shop.FreeOffering;
        var provider = shop.Providers[random.Next(shop.Providers.Count)];
        // Free holds share 30 days (clients race for the same times); paid ones spread over a year.
        var start = FirstDay.AddHours(paid ? 24 * 30 + random.Next(24 * 330) : random.Next(24 * 30));
        var key = Guid.NewGuid().ToString();
        var input = new { offeringId = offering, providerId = provider, start, idempotencyKey = key };
        var (answer, body) = await TimedAsync(client, Hold, new { input }, "holdBooking", token);
        var id = answer == Answer.Success ? body?["data"]?["holdBooking"]?["booking"]?["id"]?.GetValue<string>() : null;
        Holds.Enqueue(new HoldRecord(key, offering, provider, start, answer, id));
        return id;
    }

    private async Task PayAsync(GraphQLClient client, string token, string bookingId)
    {
        var (answer, body) = await TimedAsync(client, Pay, new { input = new { bookingId } }, "startPayment", token);
        if (answer != Answer.Success) return;
        var intent = body?["data"]?["startPayment"]?["payment"]?["paymentIntentId"]?.GetValue<string>();
        if (intent is null) return;
        try
        {
            // The customer's card: the fake authorizes and sends its webhooks (to the proxy) in the background.
            stripe.AutoDeliver = true;
            await stripe.AuthorizeAsync(intent).WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The deliveries go on; the authorization itself is done.
        }

        Intents.Enqueue(intent);
    }

    /// <summary>Holds on the subscribers' range that must succeed (a fresh time each try): the changes they must hear.</summary>
    public async Task MarkersAsync(int count)
    {
        var random = new Random();
        using var http = host.Http();
        var client = new GraphQLClient(http);
        for (var (made, tries) = (0, 0); made < count && tries < 50; tries++)
        {
            if (await HoldAsync(client, random, shop.CustomerTokens[0], paid: false) is not null) made++;
        }
    }

    /// <summary>
    /// Each hold that got no usable answer, sent again with its idempotency key: <c>replayed</c> means it had committed
    /// (found by its key); a new booking or a user error means it had not. Returns (found, still unanswered).
    /// </summary>
    public async Task<(int Found, int Unresolved)> ResolveFailedHoldsAsync()
    {
        using var http = host.Http();
        var client = new GraphQLClient(http);
        int found = 0, unresolved = 0;
        foreach (var hold in Holds.Where(h => h.Answer == Answer.Failed).ToList())
        {
            var input = new { offeringId = hold.OfferingId, providerId = hold.ProviderId, start = hold.Start, idempotencyKey = hold.Key };
            var token = shop.CustomerTokens[0];
            var resolved = false;
            for (var attempt = 0; attempt < 3 && !resolved; attempt++)
            {
                var response = await client.SendAsync(Hold, new { input }, token, shop.Org.Slug);
                var payload = response.Data?["holdBooking"];
                if ((int)response.Status != 200 || response.Errors is not null || payload is null) continue;
                resolved = true;
                if (payload["replayed"]?.GetValue<bool>() == true) found++;
            }

            if (!resolved) unresolved++;
        }

        return (found, unresolved);
    }

    /// <summary>One request, timed into the current phase. Success: HTTP 200, no errors and (for a mutation) no userErrors.</summary>
    private async Task<(Answer Answer, JsonNode? Body)> TimedAsync(GraphQLClient client, string query, object variables, string? field, string token)
    {
        var started = Stopwatch.GetTimestamp();
        Answer answer;
        JsonNode? body = null;
        try
        {
            var response = await client.SendAsync(query, variables, token, shop.Org.Slug);
            body = response.Body;
            answer = (int)response.Status != 200 || response.Errors is not null ? Answer.Failed
                : field is not null && response.Data?[field]?["userErrors"] is JsonArray { Count: > 0 } ? Answer.UserError
                : Answer.Success;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            answer = Answer.Failed;
        }

        phases.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, answer != Answer.Failed);
        return (answer, body);
    }
}
