using System.Globalization;
using System.Text.Json;
using NodaTime;
using Platform.Benchmarks.Infrastructure;

namespace Platform.Benchmarks.Slots;

/// <summary>
/// <c>./platform bench slots [--iterations N] [--warmup N]</c>: availableSlots latency for a 30-day
/// range, for one provider and for "any provider" of 20, over loaded calendars and, as the baseline,
/// over a twin organization with the same providers' set-up and empty calendars. Requests to the four
/// variants alternate (rotating order), so background load and JIT tiering fall on all of them alike.
/// Prints figures; asserts no timings. Every answer is checked: HTTP 200, no errors, no userErrors, and
/// a plausible number of slots.
/// </summary>
public static class SlotsBenchmark
{
    public const int RangeDays = 30;
    public const int DefaultIterations = 200;
    /// <summary>
    /// Rounds (one request per variant) before timing. The "any provider" path needs well over 50
    /// executions before tiered JIT settles: with 50, its first ~25 timed requests still took 45-60 ms
    /// instead of ~10 ms and made up the whole p99.
    /// </summary>
    public const int DefaultWarmup = 200;

    /// <summary>30-minute sessions every 30 minutes from 09:00 to 17:00.</summary>
    private const int SessionsPerDay = 16;

    private const string Query = """
        query($offeringId: ID!, $providerId: ID, $from: DateOnly!, $to: DateOnly!, $timeZone: String) {
          availableSlots(offeringId: $offeringId, providerId: $providerId, from: $from, to: $to, timeZone: $timeZone) {
            slots { start end localStart remainingSeats provider { id } }
            userErrors { code message }
          }
        }
        """;

    /// <summary>One query against one organization, and what its answers must look like.</summary>
    private sealed class Variant(string scenario, string calendar, string slug, byte[] payload, int? exactSlots, int iterations)
    {
        public string Scenario => scenario;
        public string Calendar => calendar;
        public string Slug => slug;
        public byte[] Payload => payload;

        /// <summary>Exactly this many slots (an empty calendar), else 1 to the number of sessions in the range.</summary>
        public int? ExactSlots => exactSlots;

        public List<double> Milliseconds { get; } = new(iterations);
        public List<double> SqlMilliseconds { get; } = new(iterations);
        public int MinSlots { get; set; } = int.MaxValue;
        public int MaxSlots { get; set; }
        public int Providers { get; set; }
        public List<double> RoundTrips { get; } = new(iterations);

        public double Median => Statistics.Percentile(Milliseconds, 0.50);
        public double P99 => Statistics.Percentile(Milliseconds, 0.99);
        public double SqlMedian => Statistics.Percentile(SqlMilliseconds, 0.50);
        public string Slots => MinSlots == MaxSlots ? MinSlots.ToString(CultureInfo.InvariantCulture) : $"{MinSlots}-{MaxSlots}";
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var iterations = DefaultIterations;
        var warmup = DefaultWarmup;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--iterations" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0:
                    iterations = n;
                    i++;
                    break;
                case "--warmup" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var w) && w >= 0:
                    warmup = w;
                    i++;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"""
                        unknown or invalid argument: {args[i]}
                        usage: ./platform bench slots [--iterations N (default {DefaultIterations})] [--warmup N (default {DefaultWarmup})]
                        """);
                    return 2;
            }
        }

        var zone = DateTimeZoneProviders.Tzdb[SlotsFixture.Zone];
        var now = SystemClock.Instance.GetCurrentInstant();
        var from = now.InZone(zone).Date.PlusDays(1);
        var to = from.PlusDays(RangeDays - 1);
        var sessions = RangeDays * SessionsPerDay;

        Console.WriteLine("availableSlots benchmark (./platform bench slots)");
        Console.WriteLine($"  machine:  nproc={Machine.ProcessorCount()}, cpu={Machine.CpuModel()}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"  date:     {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"  query:    {RangeDays} days {from:yyyy-MM-dd}..{to:yyyy-MM-dd} in {SlotsFixture.Zone}; 30-minute sessions every 30 minutes, 09:00-17:00 every day ({sessions} per provider)");
        Console.WriteLine($"  requests: {warmup} warm-up + {iterations} timed per variant, sequential, one client, the four variants alternating;");
        Console.WriteLine("            the Release API in-process (WebApplicationFactory) on Kestrel at 127.0.0.1, over a real socket");

        await using var database = await TestDatabase.CreateAsync("platform_bench", cancellationToken);
        Console.WriteLine($"  database: {database.Name} (throwaway, dropped at the end), PostgreSQL {await database.ScalarAsync<string>("SHOW server_version", cancellationToken)}");
        await using var app = await BenchApp.StartAsync(database, cancellationToken);
        using var http = app.Http();
        using var sql = new SqlTimer();
        var client = new GraphQLClient(http);
        var accounts = new Accounts(app, http);
        var catalog = new Catalog(app, accounts);

        var loaded = await SlotsFixture.CreateAsync(accounts, catalog, "loaded");
        var empty = await SlotsFixture.CreateAsync(accounts, catalog, "empty");
        Console.WriteLine($"  setup:    two organizations built alike through the API ({accounts.Requests} requests): {SlotsFixture.ProviderCount} providers each, "
            + "all delivering a 30-minute one-to-one offering (no buffers; measured) and one with 15-minute buffers");

        var seeded = await CalendarSeeder.SeedAsync(database, loaded, from, RangeDays, now, cancellationToken);
        await database.ExecuteAsOwnerAsync("VACUUM ANALYZE bookings, busy_intervals", cancellationToken);
        Console.WriteLine($"  seeded:   \"loaded\" only, in {seeded.Elapsed.TotalSeconds:0.0} s: per provider {CalendarSeeder.BookingsPerProvider:N0} bookings and {CalendarSeeder.BusyPerProvider} busy intervals, "
            + $"all inside the {RangeDays} days ({seeded.Bookings:N0} and {seeded.Busy:N0} in all)");
        Console.WriteLine($"            occupying their slot: {seeded.Occupying:N0} ({seeded.Occupying / (double)seeded.Providers:0} per provider of {sessions} sessions, {seeded.FirstProviderOccupying} for the first provider; "
            + $"{seeded.Buffered:N0} with 15-minute buffers either side)");
        Console.WriteLine($"            by status: {string.Join(", ", seeded.ByStatus.Select(s => $"{s.Key} {s.Value:N0}"))} (unexpired holds occupy their slot, expired ones do not)");
        Console.WriteLine("  baseline: \"empty\", the twin organization: same set-up, no bookings, no busy intervals");

        Variant Make(string scenario, string calendar, SlotsFixture fixture, string? providerId, int? exact) =>
            new(scenario, calendar, fixture.Slug, Payload(fixture.OfferingId, providerId, from, to), exact, iterations);
        var single = "one provider";
        var any = $"any of {SlotsFixture.ProviderCount} providers";
        Variant[] variants =
        [
            Make(single, "empty", empty, empty.ProviderIds[0], sessions),
            Make(single, "loaded", loaded, loaded.ProviderIds[0], null),
            Make(any, "empty", empty, null, sessions),
            Make(any, "loaded", loaded, null, null),
        ];

        Console.WriteLine();
        Console.WriteLine($"warming up ({warmup} rounds)...");
        for (var round = 0; round < warmup; round++)
        {
            foreach (var variant in Rotate(variants, round))
            {
                var (_, body, status) = await client.TimeAsync(variant.Payload, variant.Slug, cancellationToken);
                Check(variant, body, status);
            }
        }

        // Leave the garbage of setup and warm-up behind, so collecting it does not land in the timings.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Console.WriteLine($"measuring ({iterations} rounds)...");
        for (var round = 0; round < iterations; round++)
        {
            foreach (var variant in Rotate(variants, round))
            {
                sql.Take();
                var (elapsed, body, status) = await client.TimeAsync(variant.Payload, variant.Slug, cancellationToken);
                var (sqlElapsed, roundTrips) = sql.Take();
                variant.Milliseconds.Add(elapsed.TotalMilliseconds);
                variant.SqlMilliseconds.Add(sqlElapsed.TotalMilliseconds);
                variant.RoundTrips.Add(roundTrips);
                Check(variant, body, status);
            }
        }

        var (emptySingle, loadedSingle, emptyAny, loadedAny) = (variants[0], variants[1], variants[2], variants[3]);
        if (loadedSingle.MaxSlots >= emptySingle.MinSlots) throw new InvalidOperationException("The loaded calendar offers as many slots as the empty one: the seed did not reach the query.");
        if (loadedAny.MinSlots < loadedSingle.MaxSlots) throw new InvalidOperationException("Any provider offers fewer slots than one of its providers.");

        Console.WriteLine();
        Console.WriteLine("scenario             calendar  slots  providers  median ms   p99 ms   sql ms  db trips   loaded/empty median   loaded/empty p99");
        Print(emptySingle, null);
        Print(loadedSingle, emptySingle);
        Print(emptyAny, null);
        Print(loadedAny, emptyAny);
        Console.WriteLine();
        foreach (var (baseline, result) in new[] { (emptySingle, loadedSingle), (emptyAny, loadedAny) })
            Console.WriteLine($"{result.Scenario + ":",-21} loaded / empty = {Ratio(result.Median, baseline.Median)} median, {Ratio(result.P99, baseline.P99)} p99");
        Console.WriteLine();
        Console.WriteLine("slots: slots returned (30 days); providers: distinct providers named by them; sql ms: median per request of the time spent in");
        Console.WriteLine("database commands (Npgsql activities, including reading the rows; part of the request time); db trips: median commands per request.");
        var timed = variants.Length * iterations;
        Console.WriteLine($"{variants.Length * (warmup + iterations)} availableSlots requests ({variants.Length * warmup} warm-up + {timed} timed), "
            + $"every one HTTP 200 without errors or userErrors; {accounts.Requests} setup requests.");
        return 0;
    }

    /// <summary>The variants starting at a different one each round, so none is always first after a pause.</summary>
    private static IEnumerable<Variant> Rotate(Variant[] variants, int round) =>
        Enumerable.Range(0, variants.Length).Select(i => variants[(round + i) % variants.Length]);

    private static void Print(Variant result, Variant? baseline)
    {
        var ratios = baseline is null
            ? ""
            : $"{Ratio(result.Median, baseline.Median),22}{Ratio(result.P99, baseline.P99),19}";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Scenario,-20} {result.Calendar,-8} {result.Slots,6} {result.Providers,10} {result.Median,10:0.00} {result.P99,8:0.00} {result.SqlMedian,8:0.00} {Statistics.Percentile(result.RoundTrips, 0.50),9:0}{ratios}"));
    }

    private static string Ratio(double value, double baseline) => string.Create(CultureInfo.InvariantCulture, $"{value / baseline:0.00}×");

    private static byte[] Payload(string offeringId, string? providerId, LocalDate from, LocalDate to) =>
        GraphQLClient.Payload(Query, new
        {
            offeringId,
            providerId,
            from = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            to = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            timeZone = SlotsFixture.Zone,
        });

    /// <summary>HTTP 200, no errors, no userErrors, and a plausible number of slots (recorded on the variant).</summary>
    private static void Check(Variant variant, string body, int status)
    {
        var name = $"{variant.Scenario}, {variant.Calendar}";
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (status != 200 || root.TryGetProperty("errors", out _)) throw new InvalidOperationException($"{name}: HTTP {status}: {Truncate(body)}");
        if (!root.TryGetProperty("data", out var data) || !data.TryGetProperty("availableSlots", out var payload) || payload.ValueKind != JsonValueKind.Object)
            throw new InvalidOperationException($"{name}: no availableSlots: {Truncate(body)}");
        if (payload.GetProperty("userErrors").GetArrayLength() != 0) throw new InvalidOperationException($"{name}: userErrors: {payload.GetProperty("userErrors")}");

        var slots = payload.GetProperty("slots");
        var count = slots.GetArrayLength();
        var most = RangeDays * SessionsPerDay;
        if (variant.ExactSlots is { } exact ? count != exact : count is 0 || count > most)
            throw new InvalidOperationException($"{name}: implausible slot count {count} (expected {(variant.ExactSlots is { } e ? e.ToString(CultureInfo.InvariantCulture) : $"1..{most}")}).");
        var providers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slot in slots.EnumerateArray()) providers.Add(slot.GetProperty("provider").GetProperty("id").GetString()!);
        variant.MinSlots = Math.Min(variant.MinSlots, count);
        variant.MaxSlots = Math.Max(variant.MaxSlots, count);
        variant.Providers = Math.Max(variant.Providers, providers.Count);
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "...";
}
