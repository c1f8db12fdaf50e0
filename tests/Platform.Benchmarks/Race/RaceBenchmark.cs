using System.Globalization;
using System.Text.Json;
using Platform.Benchmarks.Booking;
using Platform.Benchmarks.Infrastructure;

namespace Platform.Benchmarks.Race;

/// <summary>
/// <c>./platform bench race [--racers N] [--uncontended N] [--rounds N]</c>: how fast the losers of a race for one slot
/// hear that it is gone. Two Platform instances on one database; first <c>--uncontended</c> holds one after another on
/// distinct slots (the baseline: their median), then <c>--rounds</c> races of <c>--racers</c> holds released together
/// for one slot, split evenly over the two instances. Prints each race's answer times (median, p99, max) and the ratio
/// of the p99 to the uncontended median (issue 19's target: at most 10×). Checks every race has exactly one winner and
/// that every loser was told SLOT_UNAVAILABLE (or the like), never an error.
/// </summary>
public static class RaceBenchmark
{
    private const string Mutation = """
        mutation($input: HoldBookingInput!) {
          holdBooking(input: $input) { booking { id status } userErrors { code } }
        }
        """;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var (racers, uncontended, rounds) = (500, 200, 3);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) ? n : -1;
            switch (args[i])
            {
                case "--racers" when value > 1: racers = value; i++; break;
                case "--uncontended" when value > 0: uncontended = value; i++; break;
                case "--rounds" when value > 0: rounds = value; i++; break;
                default:
                    await Console.Error.WriteLineAsync($"unknown or invalid argument: {args[i]}\n"
                        + "usage: ./platform bench race [--racers N (500)] [--uncontended N (200)] [--rounds N (3)]");
                    return 2;
            }
        }

        Console.WriteLine("race benchmark (./platform bench race)");
        Console.WriteLine($"  machine:  nproc={Machine.ProcessorCount()}, cpu={Machine.CpuModel()}; date {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        await using var database = await TestDatabase.CreateAsync("platform_bench", cancellationToken);
        // Replicas behind one load balancer share its public address, so each accepts the other's tokens.
        var shared = new Dictionary<string, string?> { ["Platform:PublicUrl"] = "http://platform.bench.test/" };
        await using var first = await BenchApp.StartAsync(database, cancellationToken, shared);
        await using var second = await BenchApp.StartAsync(database, cancellationToken, shared);
        using var setupHttp = first.Http();
        var accounts = new Accounts(first, setupHttp);
        const int customers = 32;
        var fixture = await BookingFixture.CreateAsync(accounts, new Catalog(first, accounts), database, customers, cancellationToken);
        Console.WriteLine($"  setup:    two instances on {database.Name}; {BookingFixture.ProviderCount} providers, a paid one-hour offering, {customers} customers");

        var day = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(2);
        var key = 0;
        byte[] Payload(int provider, DateTimeOffset start) => GraphQLClient.Payload(Mutation, new
        {
            input = new { offeringId = fixture.OfferingId, providerId = fixture.ProviderIds[provider], start, idempotencyKey = $"race-{Interlocked.Increment(ref key)}" },
        });

        // Warm both instances, then the baseline: one client, one hold at a time, distinct slots, alternating instances.
        var clients = new[] { new GraphQLClient(first.Http()), new GraphQLClient(second.Http()) };
        var baseline = new List<double>();
        for (var i = 0; i < uncontended + 50; i++)
        {
            var (elapsed, body, status) = await clients[i % 2].TimeAsync(
                Payload(i % BookingFixture.ProviderCount, day.AddHours(i / BookingFixture.ProviderCount)), fixture.Slug, fixture.CustomerTokens[i % customers], cancellationToken);
            if (Outcome(body, status) != "HELD") throw new InvalidOperationException($"uncontended hold refused: HTTP {status} {body}");
            if (i >= 50) baseline.Add(elapsed.TotalMilliseconds);
        }
        var baseMedian = Statistics.Percentile(baseline, 0.5);

        Console.WriteLine();
        Console.WriteLine("                         answers  winners   median ms     p99 ms     max ms   p99 / uncontended median");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"uncontended hold       {uncontended,9}        - {baseMedian,11:0.0} {Statistics.Percentile(baseline, 0.99),10:0.0} {baseline.Max(),10:0.0}"));
        var racerClients = Enumerable.Range(0, racers).Select(i => new GraphQLClient(i % 2 == 0 ? first.Http() : second.Http())).ToArray();
        var worst = 0.0;
        for (var round = 0; round < rounds; round++)
        {
            var start = day.AddDays(30 + round).AddHours(12);
            var payloads = Enumerable.Range(0, racers).Select(_ => Payload(0, start)).ToArray();
            using var gate = new SemaphoreSlim(0);
            var tasks = Enumerable.Range(0, racers).Select(async i =>
            {
                await gate.WaitAsync(cancellationToken);
                return await racerClients[i].TimeAsync(payloads[i], fixture.Slug, fixture.CustomerTokens[i % customers], cancellationToken);
            }).ToArray();
            gate.Release(racers);
            var answers = await Task.WhenAll(tasks);
            var outcomes = answers.Select(a => Outcome(a.Body, a.Status)).ToList();
            var winners = outcomes.Count(o => o == "HELD");
            var errors = outcomes.Where(o => o.StartsWith("error", StringComparison.Ordinal)).ToList();
            if (winners != 1 || errors.Count > 0)
                throw new InvalidOperationException($"round {round + 1}: {winners} winners, {errors.Count} errors ({errors.FirstOrDefault()})");
            var times = answers.Select(a => a.Elapsed.TotalMilliseconds).ToList();
            var p99 = Statistics.Percentile(times, 0.99);
            worst = Math.Max(worst, p99 / baseMedian);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"race {round + 1} ({racers} for 1 slot) {racers,5}   {winners,6} {Statistics.Percentile(times, 0.5),11:0.0} {p99,10:0.0} {times.Max(),10:0.0}   {p99 / baseMedian,8:0.0}×"));
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"worst race p99 / uncontended median = {worst:0.0}× (target ≤ 10×); every race had exactly one winner, the losers were refused, no errors"));
        return 0;
    }

    /// <summary>HELD for a won hold, the first userError's code for a refusal, "error …" for anything else.</summary>
    private static string Outcome(string body, int status)
    {
        if (status != 200) return $"error HTTP {status}: {body}";
        using var json = JsonDocument.Parse(body);
        if (json.RootElement.TryGetProperty("errors", out var errors)) return $"error {errors}";
        var payload = json.RootElement.GetProperty("data").GetProperty("holdBooking");
        var userErrors = payload.GetProperty("userErrors");
        return userErrors.GetArrayLength() > 0
            ? userErrors[0].GetProperty("code").GetString()!
            : payload.GetProperty("booking").GetProperty("status").GetString()!;
    }
}
