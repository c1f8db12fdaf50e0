using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Platform.Benchmarks.Infrastructure;

namespace Platform.Benchmarks.Booking;

/// <summary>
/// <c>./platform bench booking [--requests N] [--warmup N] [--clients N] [--pgbench-seconds N]</c>:
/// holdBooking throughput over HTTP, on distinct slots (no two requests compete), with N concurrent
/// clients, and its latency; then, in the same run and on the same database server, pgbench's
/// throughput for single-row inserts into a table with the same exclusion constraint, and the ratio
/// of the two. Prints figures; asserts no timings. Every answer is checked: HTTP 200, no errors, no
/// userErrors, a HELD booking; the table must hold exactly one booking per request.
/// </summary>
public static class BookingBenchmark
{
    public const int DefaultRequests = 5000;
    /// <summary>Holds before timing. Tiered JIT (with dynamic PGO) keeps recompiling the hot path for well over a minute: after 600 holds it still compiled ~500 methods per 5 s and holds ran at ~140/s; after ~15,000 it compiled almost none and ran at ~250/s.</summary>
    public const int DefaultWarmup = 15000;
    public const int DefaultClients = 16;
    public const int DefaultPgBenchSeconds = 15;

    private const string Mutation = """
        mutation($input: HoldBookingInput!) {
          holdBooking(input: $input) { booking { id status paymentStatus } userErrors { code message } }
        }
        """;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var (requests, warmup, clients, pgSeconds) = (DefaultRequests, DefaultWarmup, DefaultClients, DefaultPgBenchSeconds);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) ? n : -1;
            switch (args[i])
            {
                case "--requests" when value > 0: requests = value; i++; break;
                case "--warmup" when value >= 0: warmup = value; i++; break;
                case "--clients" when value > 0: clients = value; i++; break;
                case "--pgbench-seconds" when value > 0: pgSeconds = value; i++; break;
                default:
                    await Console.Error.WriteLineAsync($"""
                        unknown or invalid argument: {args[i]}
                        usage: ./platform bench booking [--requests N (default {DefaultRequests})] [--warmup N (default {DefaultWarmup})]
                                                        [--clients N (default {DefaultClients})] [--pgbench-seconds N (default {DefaultPgBenchSeconds})]
                        """);
                    return 2;
            }
        }
        if (!PgBench.IsInstalled())
        {
            await Console.Error.WriteLineAsync("pgbench is not on PATH (Debian: apt-get install postgresql-client); it measures the database's own insert rate.");
            return 1;
        }

        Console.WriteLine("holdBooking benchmark (./platform bench booking)");
        Console.WriteLine($"  machine:  nproc={Machine.ProcessorCount()}, cpu={Machine.CpuModel()}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"  date:     {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        await using var database = await TestDatabase.CreateAsync("platform_bench", cancellationToken);
        Console.WriteLine($"  database: {database.Name} (throwaway, dropped at the end), PostgreSQL {await database.ScalarAsync<string>("SHOW server_version", cancellationToken)}, "
            + $"synchronous_commit={await database.ScalarAsync<string>("SHOW synchronous_commit", cancellationToken)}");
        await using var app = await BenchApp.StartAsync(database, cancellationToken);
        using var http = app.Http();
        var accounts = new Accounts(app, http);
        var fixture = await BookingFixture.CreateAsync(accounts, new Catalog(app, accounts), database, clients, cancellationToken);
        Console.WriteLine($"  setup:    one organization through the API ({accounts.Requests} requests): {BookingFixture.ProviderCount} providers working 00:00-24:00 UTC, "
            + $"a paid one-hour offering ({BookingFixture.PriceCents} cents: every hold stays HELD awaiting payment), {clients} customers");
        Console.WriteLine($"  requests: {warmup} warm-up + {requests} timed holdBooking, {clients} concurrent clients (one customer and one keep-alive connection each),");
        Console.WriteLine($"            each on its own slot (provider i mod {BookingFixture.ProviderCount}, hour i / {BookingFixture.ProviderCount} from tomorrow): nothing competes, every hold must succeed");

        var first = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(2);
        var next = -1;
        byte[] Payload(int slot) => GraphQLClient.Payload(Mutation, new
        {
            input = new
            {
                offeringId = fixture.OfferingId,
                providerId = fixture.ProviderIds[slot % BookingFixture.ProviderCount],
                start = first.AddHours(slot / BookingFixture.ProviderCount),
                idempotencyKey = $"bench-{slot}",
            },
        });

        Console.WriteLine();
        Console.WriteLine($"warming up ({warmup} holds)...");
        await RunPhaseAsync(app, fixture, clients, warmup, () => Interlocked.Increment(ref next), Payload, cancellationToken);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Console.WriteLine($"measuring ({requests} holds)...");
        using var sql = new SqlTimer();
        var watch = Stopwatch.StartNew();
        var latencies = await RunPhaseAsync(app, fixture, clients, requests, () => Interlocked.Increment(ref next), Payload, cancellationToken);
        watch.Stop();
        var (sqlTime, commands) = sql.Take();
        long held;
        // Forced row-level security: the rows are visible only under their organization.
        await using (var connection = await database.OpenAsTenantAsync(fixture.TenantId, cancellationToken))
        await using (var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM bookings WHERE status = 'Held'", connection))
            held = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        if (held != warmup + requests) throw new InvalidOperationException($"{held} HELD bookings in the table, expected {warmup + requests}.");
        var throughput = requests / watch.Elapsed.TotalSeconds;

        Console.WriteLine($"pgbench: single-row inserts into a table with the same exclusion constraint, {clients} clients, {pgSeconds} s...");
        var pg = await PgBench.RunAsync(database, clients, pgSeconds, cancellationToken);

        Console.WriteLine();
        Console.WriteLine("                                   per second   median ms   p95 ms   p99 ms");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"holdBooking over HTTP           {throughput,13:0.0} {Statistics.Percentile(latencies, 0.50),11:0.00} {Statistics.Percentile(latencies, 0.95),8:0.00} {Statistics.Percentile(latencies, 0.99),8:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pgbench single-row INSERT       {pg.Tps,13:0.0} {pg.LatencyMs,11:0.00}        -        -   (latency: pgbench's average)"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"holdBooking / pgbench insert = {throughput / pg.Tps:0.000} ({throughput:0.0} / {pg.Tps:0.0} per second); holdBooking p99 = {Statistics.Percentile(latencies, 0.99):0.00} ms"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per timed hold: {(double)commands / requests:0.0} database commands, {sqlTime.TotalMilliseconds / requests:0.00} ms inside them (Npgsql activities, summed over all clients)"));
        Console.WriteLine($"{warmup + requests} holdBooking requests, every one HTTP 200, no errors or userErrors, HELD/REQUIRES_PAYMENT; {held} HELD rows in bookings.");
        Console.WriteLine($"pgbench: {pg.Transactions} rows inserted, {pg.Failed} failed transactions, sslmode={pg.SslMode} (as the application's connection string).");
        return 0;
    }

    /// <summary>
    /// <paramref name="count"/> holds sent by <paramref name="clients"/> workers, each with its own
    /// customer token and connection, taking slot numbers from a shared counter. Returns each request's milliseconds.
    /// </summary>
    private static async Task<List<double>> RunPhaseAsync(BenchApp app, BookingFixture fixture, int clients, int count, Func<int> nextSlot, Func<int, byte[]> payload, CancellationToken cancellationToken)
    {
        var remaining = count;
        var latencies = new List<double>[clients];
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            using var http = app.Http();
            var client = new GraphQLClient(http);
            var mine = latencies[worker] = new List<double>(count / clients + 1);
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var (elapsed, body, status) = await client.TimeAsync(payload(nextSlot()), fixture.Slug, fixture.CustomerTokens[worker], cancellationToken);
                mine.Add(elapsed.TotalMilliseconds);
                Check(body, status);
            }
        }));
        return [.. latencies.SelectMany(l => l)];
    }

    private static void Check(string body, int status)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (status != 200 || root.TryGetProperty("errors", out _)) throw new InvalidOperationException($"HTTP {status}: {body}");
        var payload = root.GetProperty("data").GetProperty("holdBooking");
        if (payload.GetProperty("userErrors").GetArrayLength() != 0) throw new InvalidOperationException($"userErrors: {payload.GetProperty("userErrors")}");
        var booking = payload.GetProperty("booking");
        if (booking.GetProperty("status").GetString() != "HELD" || booking.GetProperty("paymentStatus").GetString() != "REQUIRES_PAYMENT")
            throw new InvalidOperationException($"Unexpected booking: {booking}");
    }
}
