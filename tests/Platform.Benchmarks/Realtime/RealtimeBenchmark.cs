using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Platform.Benchmarks.Realtime;

/// <summary>
/// <c>./platform bench realtime [--connections 1000,5000] [--rounds N] [--workstation-gc]</c>: for each N, a fresh
/// API process; N WebSocket connections (graphql-transport-ws, acknowledged) measured idle for
/// server memory per connection; then each subscribes to slotsChanged of one offering (a public
/// booking page watched by N visitors) and, per round, one holdBooking over HTTP changes that
/// offering: the time from sending the mutation to each subscriber's <c>next</c> is its delivery
/// latency (so it includes the mutation's own commit). Prints figures; asserts every subscriber
/// heard every change.
/// </summary>
public static class RealtimeBenchmark
{
    private const string Hold = "mutation($input: HoldBookingInput!) { holdBooking(input: $input) { booking { id status } userErrors { code message } } }";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        int[] sizes = [1000, 5000];
        var rounds = 5;
        var workstationGC = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : "";
            switch (args[i])
            {
                case "--connections" when value.Split(',').All(v => int.TryParse(v, CultureInfo.InvariantCulture, out var n) && n > 0):
                    sizes = [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
                    i++;
                    break;
                case "--workstation-gc":
                    workstationGC = true;
                    break;
                case "--rounds" when int.TryParse(value, CultureInfo.InvariantCulture, out var r) && r > 0:
                    rounds = r;
                    i++;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"unknown or invalid argument: {args[i]}\nusage: ./platform bench realtime [--connections 1000,5000] [--rounds 5] [--workstation-gc]");
                    return 2;
            }
        }

        Console.WriteLine("real-time benchmark (./platform bench realtime)");
        Console.WriteLine($"  machine:  nproc={Machine.ProcessorCount()}, cpu={Machine.CpuModel()}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"  date:     {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        await using var database = await TestDatabase.CreateAsync("platform_bench", cancellationToken);
        Console.WriteLine($"  database: {database.Name} (throwaway), PostgreSQL {await database.ScalarAsync<string>("SHOW server_version", cancellationToken)}");
        Console.WriteLine($"  method:   per N a fresh API process (Release, its own LISTEN connection); clients in this process over loopback;");
        Console.WriteLine($"            memory = the API's VmRSS growth / N ({(workstationGC ? "workstation" : "server")} GC); latency = mutation sent -> each subscriber's next; {rounds} rounds per N");

        var results = new List<string>();
        Fixture? fixture = null;
        foreach (var size in sizes)
        {
            await using var server = await ServerProcess.StartAsync(database, workstationGC, cancellationToken);
            fixture ??= await Fixture.CreateAsync(server);
            results.Add(await MeasureAsync(server, fixture, size, rounds, cancellationToken));
        }

        Console.WriteLine();
        Console.WriteLine("subscribers  idle KiB/conn  subscribed KiB/conn  delivery median ms  p99 ms  max ms  holdBooking median ms");
        foreach (var line in results) Console.WriteLine(line);
        return 0;
    }

    private static async Task<string> MeasureAsync(ServerProcess server, Fixture fixture, int size, int rounds, CancellationToken cancellationToken)
    {
        var uri = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = $"/t/{fixture.Slug}/graphql" }.Uri;
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = new GraphQLClient(http);
        var subscribe = JsonSerializer.Serialize(new
        {
            id = "slots",
            type = "subscribe",
            payload = new
            {
                query = "subscription($o: ID!, $f: DateTimeOffset!, $t: DateTimeOffset!) { slotsChanged(offeringId: $o, from: $f, to: $t) { offeringId slots { start seatsTaken remainingSeats } } }",
                variables = new { o = fixture.OfferingId, f = DateTimeOffset.UtcNow, t = DateTimeOffset.UtcNow.AddDays(60) },
            },
        });

        // Warm the paths (JIT) with a few subscribers before the baseline is read.
        await using (var warm = new Subscribers())
        {
            await warm.OpenAsync(uri, 20, 20, cancellationToken);
            await warm.SubscribeAllAsync(subscribe);
            await RegisteredAsync(client, fixture, warm, cancellationToken);
            for (var i = 0; i < 3; i++) await ChangeAndWaitAsync(client, fixture, warm, cancellationToken);
        }

        // The waits before reading memory are about time, not a condition: the server's heap settles after the warm-up's sockets close.
        await Task.Delay(2000, cancellationToken);
        var baseline = server.ResidentBytes();
        Console.WriteLine($"N={size}: opening connections...");
        await using var subscribers = new Subscribers();
        await subscribers.OpenAsync(uri, size, 64, cancellationToken);
        await Task.Delay(3000, cancellationToken);
        var idle = server.ResidentBytes();
        await subscribers.SubscribeAllAsync(subscribe);
        await RegisteredAsync(client, fixture, subscribers, cancellationToken);
        // Time, not a condition: let the server's memory settle before it is read (as for the idle figure).
        await Task.Delay(1000, cancellationToken);
        var subscribed = server.ResidentBytes();

        var latencies = new List<double>(size * rounds);
        var mutations = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var (sent, answered, stamps) = await ChangeAndWaitAsync(client, fixture, subscribers, cancellationToken);
            mutations.Add((answered - sent) * 1000.0 / Stopwatch.Frequency);
            latencies.AddRange(stamps.Select(s => (s - sent) * 1000.0 / Stopwatch.Frequency));
            // Pacing: the server is quiet again before the next measured change.
            await Task.Delay(200, cancellationToken);
        }

        Console.WriteLine($"N={size}: {rounds} changes, each heard by all {size} subscribers");
        return string.Create(CultureInfo.InvariantCulture,
            $"{size,11} {(idle - baseline) / 1024.0 / size,14:0.0} {(subscribed - baseline) / 1024.0 / size,20:0.0} {Statistics.Percentile(latencies, 0.5),19:0.0} {Statistics.Percentile(latencies, 0.99),7:0.0} {latencies.Max(),7:0.0} {Statistics.Percentile(mutations, 0.5),22:0.0}");
    }

    private static int _slot;

    /// <summary>Holds a new slot over HTTP; waits until every subscriber heard it. Returns when it was sent and answered, and each delivery's timestamp.</summary>
    private static async Task<(long Sent, long Answered, long[] Stamps)> ChangeAndWaitAsync(GraphQLClient client, Fixture fixture, Subscribers subscribers, CancellationToken cancellationToken)
    {
        var before = subscribers.Counts();
        var (sent, answered) = await HoldAsync(client, fixture, cancellationToken);
        return (sent, answered, await subscribers.WaitForNextAsync(before, TimeSpan.FromSeconds(60)));
    }

    /// <summary>
    /// Returns once every subscription is registered. graphql-transport-ws does not acknowledge a subscribe and the
    /// server's hub is in another process, so changes (not measured) are made until every subscriber has heard one.
    /// </summary>
    private static async Task RegisteredAsync(GraphQLClient client, Fixture fixture, Subscribers subscribers, CancellationToken cancellationToken)
    {
        var before = subscribers.Counts();
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            await HoldAsync(client, fixture, cancellationToken);
            var missing = await subscribers.MissingAfterAsync(before, TimeSpan.FromSeconds(2));
            if (missing == 0) return;
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(120))
                throw new TimeoutException($"{missing} of {subscribers.Count} subscriptions heard no change within 120 s: not registered?");
        }
    }

    private static async Task<(long Sent, long Answered)> HoldAsync(GraphQLClient client, Fixture fixture, CancellationToken cancellationToken)
    {
        var slot = Interlocked.Increment(ref _slot);
        var sent = Stopwatch.GetTimestamp();
        var result = await client.DataAsync(Hold, new { input = new { offeringId = fixture.OfferingId, start = fixture.FirstStart.AddHours(slot), idempotencyKey = $"bench-rt-{slot}" } }, fixture.CustomerToken, fixture.Slug, cancellationToken);
        var answered = Stopwatch.GetTimestamp();
        if (result["holdBooking"]?["booking"] is null) throw new InvalidOperationException("holdBooking failed: " + result.ToJsonString());
        return (sent, answered);
    }

    private sealed record Fixture(string Slug, string OfferingId, string CustomerToken, DateTimeOffset FirstStart)
    {
        public static async Task<Fixture> CreateAsync(ServerProcess server)
        {
            var accounts = new Accounts(server);
            var catalog = new Catalog(server, accounts);
            var organization = await accounts.CreateOrganizationAsync(timeZone: "UTC", currency: "USD");
            var provider = await catalog.CreateProviderAsync(organization, "UTC", "00:00", "24:00");
            var offering = await catalog.CreateOfferingAsync(organization,
                new { name = "Open lesson", durationsMinutes = new[] { 60 }, slotIntervalMinutes = 60, bookingWindowDays = 365, providerIds = new[] { provider } });
            // Free, said out loud: an offering without a price rule cannot be booked.
            await catalog.PriceAsync(organization, offering, ("public", 0));
            var customer = await accounts.SignUpAsync();
            return new Fixture(organization.Slug, offering, customer.Token, new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(1));
        }
    }
}
