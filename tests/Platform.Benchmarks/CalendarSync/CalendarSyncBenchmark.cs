using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using NodaTime;
using Platform.Api.Features.Calendars;
using Platform.Api.Features.Calendars.Sync;
using Platform.Benchmarks.Infrastructure;

namespace Platform.Benchmarks.CalendarSync;

/// <summary>
/// <c>./platform bench calendar-sync [--providers N] [--events N] [--organizations N] [--clients N] [--queries N] [--changes N]</c>:
/// one organization (or N, the providers dealt round-robin among them) whose providers each connected a Google account (the integration tests' fake) through the API,
/// every account holding N single events over the next 180 days. Times (1) a full sync of every connection made due at
/// once, and an incremental round after a few events per calendar changed, and (2) availableSlots latency for one
/// provider over 14 days from a few concurrent clients, idle (the baseline) and while each round runs.
/// Prints figures; asserts no timings. Every slots answer is checked (HTTP 200, no errors, no userErrors).
/// </summary>
public static class CalendarSyncBenchmark
{
    public const string Zone = "America/New_York";
    public const int RangeDays = 14;
    public const int EventDays = 180;

    private const string Query = """
        query($offeringId: ID!, $providerId: ID, $from: DateOnly!, $to: DateOnly!, $timeZone: String) {
          availableSlots(offeringId: $offeringId, providerId: $providerId, from: $from, to: $to, timeZone: $timeZone) {
            slots { start end provider { id } }
            userErrors { code message }
          }
        }
        """;

    private sealed record Provider(int Index, int Organization, Accounts.Person Person, string Id, string Email)
    {
        public Guid ConnectionId { get; set; }
        public List<string> EventIds { get; } = [];
    }

    private sealed record Latencies(string Label, List<double> Milliseconds, TimeSpan Elapsed)
    {
        public double Median => Statistics.Percentile(Milliseconds, 0.50);
        public double P95 => Statistics.Percentile(Milliseconds, 0.95);
        public double P99 => Statistics.Percentile(Milliseconds, 0.99);
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        int providerCount = 200, events = 500, organizationCount = 1, clients = 4, queries = 400, changes = 5, warmup = 100;
        for (var i = 0; i < args.Length; i++)
        {
            int? Next() => i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
            var value = Next();
            switch (args[i])
            {
                case "--providers" when value is { } v: providerCount = v; break;
                case "--events" when value is { } v: events = v; break;
                case "--organizations" when value is { } v: organizationCount = v; break;
                case "--clients" when value is { } v: clients = v; break;
                case "--queries" when value is { } v: queries = v; break;
                case "--changes" when value is { } v: changes = v; break;
                case "--warmup" when value is { } v: warmup = v; break;
                default:
                    await Console.Error.WriteLineAsync($"""
                        unknown or invalid argument: {args[i]}
                        usage: ./platform bench calendar-sync [--providers N (200)] [--events N (500)] [--organizations N (1)] [--clients N (4)] [--queries N (400)]
                                                              [--changes N (5)] [--warmup N (100)]
                        """);
                    return 2;
            }
            i++;
        }

        var zone = DateTimeZoneProviders.Tzdb[Zone];
        var today = SystemClock.Instance.GetCurrentInstant().InZone(zone).Date;
        var (from, to) = (today.PlusDays(1), today.PlusDays(RangeDays));

        Console.WriteLine($"calendar-sync benchmark: {providerCount} providers × {events} Google events in {organizationCount} organization(s), availableSlots over {RangeDays} days");
        Console.WriteLine($"  machine:  nproc={Machine.ProcessorCount()}, cpu={Machine.CpuModel()}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"  date:     {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");

        await using var fake = await GoogleFakeHost.StartAsync(cancellationToken);
        await using var database = await TestDatabase.CreateAsync("platform_bench", cancellationToken);
        Console.WriteLine($"  database: {database.Name} (throwaway, dropped at the end), PostgreSQL {await database.ScalarAsync<string>("SHOW server_version", cancellationToken)}");
        await using var app = await BenchApp.StartAsync(database, cancellationToken, fake.Settings());
        var options = app.Services.GetRequiredService<IOptions<CalendarsOptions>>().Value;
        Console.WriteLine($"  sync:     Calendars:MaxConcurrentSyncs={options.MaxConcurrentSyncs}, HorizonDays={options.HorizonDays}, SyncIntervalSeconds={options.SyncIntervalSeconds}, "
            + $"no push (PushBaseUrl empty); the Google fake on its own Kestrel at {fake.BaseAddress}");
        using var http = app.Http();
        var accounts = new Accounts(app, http);
        var catalog = new Catalog(app, accounts);

        // --- set-up, through the API -------------------------------------------------------------------------------
        var setup = Stopwatch.StartNew();
        organizationCount = Math.Min(organizationCount, providerCount);
        var organizations = new Accounts.Organization[organizationCount];
        await Parallel.ForEachAsync(Enumerable.Range(0, organizationCount), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (o, _) =>
        {
            var owner = await accounts.SignUpAsync($"owner-{o}-{Guid.NewGuid():N}@bench.test");
            organizations[o] = await accounts.CreateOrganizationAsync(owner, timeZone: Zone, currency: "USD");
        });
        var tenantIds = organizations.Select(o => Catalog.Id(o.Id, "Organization")).ToArray();
        var organization = organizations[0];
        var providers = new Provider[providerCount];
        await Parallel.ForEachAsync(Enumerable.Range(0, providerCount), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (p, _) =>
        {
            var org = organizations[p % organizationCount];
            var owner = org.Owner;
            var person = await accounts.SignUpAsync($"provider-{p}-{Guid.NewGuid():N}@bench.test");
            var membershipId = await accounts.AddMemberAsync(org, person, "PROVIDER");
            var result = await accounts.GraphQL.SendAsync(
                "mutation($input: SetProviderScheduleInput!) { setProviderSchedule(input: $input) { provider { id } userErrors { code message } } }",
                new { input = new { membershipId, timeZone = Zone, weeklyHours = Catalog.EveryDay.Select(d => new { dayOfWeek = d, start = "09:00", end = "17:00" }) } },
                owner.Token, org.Slug);
            if (result.Get("setProviderSchedule.userErrors").AsArray().Count > 0) throw new InvalidOperationException(result.Body!.ToJsonString());
            providers[p] = new Provider(p, p % organizationCount, person, result.Get("setProviderSchedule.provider.id").GetValue<string>(), $"calendar-{p}@bench.test");
        });
        // The measured offering (the first organization's): delivered by all of that organization's providers.
        var offeringId = await catalog.CreateOfferingAsync(organization, new { name = "Consult", durationsMinutes = new[] { 30 }, providerIds = providers.Where(p => p.Organization == 0).Select(p => p.Id).ToArray() });
        var peopleSeconds = setup.Elapsed.TotalSeconds;

        // Each provider connects a Google account as its browser would: connectCalendar, the fake's consent, the callback.
        await Parallel.ForEachAsync(providers, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (provider, ct) =>
        {
            fake.Google.AddAccount(provider.Email, Zone);
            var started = await accounts.GraphQL.SendAsync(
                "mutation($i: ConnectCalendarInput!) { connectCalendar(input: $i) { consentUrl connection { id status } userErrors { code message } } }",
                new { i = new { kind = "GOOGLE" } }, provider.Person.Token, organizations[provider.Organization].Slug);
            if (started.Errors is not null || started.Get("connectCalendar.userErrors").AsArray().Count > 0) throw new InvalidOperationException(started.Body?.ToJsonString());
            var consent = new Uri(started.Get("connectCalendar.consentUrl").GetValue<string>());
            var code = fake.Google.ApproveConsent(consent, provider.Email);
            var state = QueryHelpers.ParseQuery(consent.Query)["state"].ToString();
            using var callback = await http.GetAsync($"/calendars/oauth/callback?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(state)}", ct);
            var page = await callback.Content.ReadAsStringAsync(ct);
            if (!callback.IsSuccessStatusCode || !page.Contains("connected", StringComparison.Ordinal)) throw new InvalidOperationException($"callback {(int)callback.StatusCode}: {page}");
            provider.ConnectionId = Catalog.Id(started.Get("connectCalendar.connection.id").GetValue<string>(), "CalendarConnection");
        });
        // The first syncs (of still empty calendars) run as the connections are made; wait them out.
        await WaitAsync(database, tenantIds, providerCount, "last_attempt_at IS NOT NULL", TimeSpan.FromMinutes(5), cancellationToken);
        var connectSeconds = setup.Elapsed.TotalSeconds - peopleSeconds;

        // The accounts' events, straight into the fake: 30-60 minutes at 15-minute marks, 07:00-20:45 local, over 180 days.
        var now = DateTimeOffset.UtcNow;
        foreach (var provider in providers)
        {
            var random = new Random(1_000 + provider.Index);
            for (var e = 0; e < events; e++)
            {
                var day = today.PlusDays(1 + random.Next(EventDays - 2));
                var start = day.At(new LocalTime(7, 0).PlusMinutes(15 * random.Next(56))).InZoneLeniently(zone).ToDateTimeOffset();
                provider.EventIds.Add(fake.Google.AddEvent(provider.Email, provider.Email, $"Event {e}", start, start.AddMinutes(15 * random.Next(2, 5)), Zone));
            }
        }
        Console.WriteLine($"  setup:    {(organizationCount == 1 ? "one organization" : $"{organizationCount} organizations (providers dealt round-robin)")} ({Zone}), {providerCount} providers 09:00-17:00 every day, "
            + "a 30-minute offering by all of the first organization's providers, "
            + $"through the API in {peopleSeconds:0.0} s ({accounts.Requests} requests, 8 at a time)");
        Console.WriteLine($"            {providerCount} Google connections through the API (connectCalendar, fake consent, GET /calendars/oauth/callback; 8 at a time) "
            + $"and their first (empty) syncs in {connectSeconds:0.0} s");
        Console.WriteLine($"            then {events} single events per account added to the fake ({providerCount * events:N0} in all) over the next {EventDays} days, local 07:00-21:45, 30-60 min");
        _ = now;

        // --- availableSlots clients ------------------------------------------------------------------------------------
        var payload = GraphQLClient.Payload(Query, new
        {
            offeringId,
            providerId = providers[0].Id,
            from = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            to = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            timeZone = Zone,
        });
        var slotClients = Enumerable.Range(0, clients).Select(_ => new GraphQLClient(app.Http())).ToArray();
        Console.WriteLine($"  slots:    availableSlots(providerId: the first provider) {from:yyyy-MM-dd}..{to:yyyy-MM-dd}, {clients} clients each sending one request after another");

        Console.WriteLine();
        Console.WriteLine($"warming up ({warmup} requests per client)...");
        await MeasureAsync("warm-up", slotClients, payload, organization.Slug, () => false, warmup, cancellationToken);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Console.WriteLine($"baseline: {queries} requests, no sync running...");
        var baseline = await MeasureAsync("idle, before sync (baseline)", slotClients, payload, organization.Slug, () => false, queries / clients, cancellationToken);

        // --- round 1: full sync --------------------------------------------------------------------------------------
        Console.WriteLine("round 1: every connection due now, sync state cleared (full sync)...");
        var full = await RoundAsync(app, database, tenantIds, providerCount, clearState: true, slotClients, payload, organization.Slug, cancellationToken);
        var busyRows = await CountAsync(database, tenantIds, "SELECT count(*) FROM busy_intervals", cancellationToken);
        var failed = await CountAsync(database, tenantIds, "SELECT count(*) FROM calendar_connections WHERE last_error IS NOT NULL", cancellationToken);
        if (failed > 0) throw new InvalidOperationException($"{failed} connections failed to sync.");
        var firstBusy = await CountAsync(database, tenantIds, $"SELECT count(*) FROM busy_intervals WHERE connection_id = '{providers[0].ConnectionId}'", cancellationToken);
        Console.WriteLine($"  {busyRows:N0} busy rows written ({firstBusy} for the first provider)");

        Console.WriteLine($"idle after the full sync: {queries} requests...");
        var loadedIdle = await MeasureAsync("idle, after full sync", slotClients, payload, organization.Slug, () => false, queries / clients, cancellationToken);

        // --- round 2: incremental ------------------------------------------------------------------------------------
        var moved = Math.Max(0, changes - 2);
        foreach (var provider in providers)
        {
            var random = new Random(2_000 + provider.Index);
            for (var m = 0; m < moved; m++)
            {
                var id = provider.EventIds[random.Next(provider.EventIds.Count)];
                var start = today.PlusDays(1 + random.Next(EventDays - 2)).At(new LocalTime(7, 0).PlusMinutes(15 * random.Next(56))).InZoneLeniently(zone).ToDateTimeOffset();
                fake.Google.MoveEvent(provider.Email, provider.Email, id, start, start.AddMinutes(45));
            }
            if (changes >= 2)
            {
                fake.Google.CancelEvent(provider.Email, provider.Email, provider.EventIds[^1]);
                var start = today.PlusDays(3).At(new LocalTime(12, 0)).InZoneLeniently(zone).ToDateTimeOffset();
                fake.Google.AddEvent(provider.Email, provider.Email, "New", start, start.AddMinutes(30), Zone);
            }
        }
        var changed = providerCount * (moved + (changes >= 2 ? 2 : 0));
        Console.WriteLine($"round 2: {changed / providerCount} changes per calendar ({moved} moved, {(changes >= 2 ? "1 cancelled, 1 added" : "none cancelled or added")}); every connection due now, sync tokens kept (incremental)...");
        var incremental = await RoundAsync(app, database, tenantIds, providerCount, clearState: false, slotClients, payload, organization.Slug, cancellationToken);
        var busyAfter = await CountAsync(database, tenantIds, "SELECT count(*) FROM busy_intervals", cancellationToken);
        failed = await CountAsync(database, tenantIds, "SELECT count(*) FROM calendar_connections WHERE last_error IS NOT NULL", cancellationToken);
        if (failed > 0) throw new InvalidOperationException($"{failed} connections failed the incremental sync.");

        // --- figures -------------------------------------------------------------------------------------------------
        Console.WriteLine();
        Console.WriteLine("sync round                    connections  events read  wall s   events/s  connections/s");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"full (no sync tokens)",-29} {providerCount,11} {providerCount * events,12:N0} {full.Wall.TotalSeconds,7:0.00} {providerCount * events / full.Wall.TotalSeconds,10:N0} {providerCount / full.Wall.TotalSeconds,14:0.0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"incremental (sync tokens)",-29} {providerCount,11} {changed,12:N0} {incremental.Wall.TotalSeconds,7:0.00} {changed / incremental.Wall.TotalSeconds,10:N0} {providerCount / incremental.Wall.TotalSeconds,14:0.0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"busy rows after round 1: {busyRows:N0} (expected {providerCount * events:N0}); after round 2: {busyAfter:N0}"));
        Console.WriteLine();
        Console.WriteLine("availableSlots (14 days, one provider)   requests  median ms   p95 ms   p99 ms   req/s   median/baseline  p95/baseline  p99/baseline");
        foreach (var l in new[] { baseline, full.Slots, loadedIdle, incremental.Slots })
        {
            var ratios = ReferenceEquals(l, baseline) ? "" : $"{Ratio(l.Median, baseline.Median),17}{Ratio(l.P95, baseline.P95),14}{Ratio(l.P99, baseline.P99),14}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{l.Label,-40} {l.Milliseconds.Count,8} {l.Median,10:0.00} {l.P95,8:0.00} {l.P99,8:0.00} {l.Milliseconds.Count / l.Elapsed.TotalSeconds,7:0}{ratios}"));
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"during full sync / idle baseline: {Ratio(full.Slots.Median, baseline.Median)} median, {Ratio(full.Slots.P95, baseline.P95)} p95, {Ratio(full.Slots.P99, baseline.P99)} p99; "
            + $"full sync {providerCount * events / full.Wall.TotalSeconds:N0} events/s ({full.Wall.TotalSeconds:0.0} s for {providerCount}×{events})"));
        Console.WriteLine("wall s: from the UPDATE that made every connection due (and the worker's wake-up) until every connection had synced again");
        Console.WriteLine("(polled every 50 ms); every slots answer was HTTP 200 without errors or userErrors.");
        foreach (var c in slotClients) c.Http.Dispose();
        return 0;
    }

    private sealed record Round(TimeSpan Wall, Latencies Slots);

    /// <summary>Makes every connection due now and wakes the worker; slot clients run until every connection synced again.</summary>
    private static async Task<Round> RoundAsync(BenchApp app, TestDatabase database, Guid[] tenantIds, int count, bool clearState,
        GraphQLClient[] clients, byte[] payload, string slug, CancellationToken cancellationToken)
    {
        var done = false;
        var started = Stopwatch.StartNew();
        foreach (var tenantId in tenantIds)
        {
            await using var connection = await database.OpenAsTenantAsync(tenantId, cancellationToken);
            await using var due = new NpgsqlCommand(
                "UPDATE calendar_connections SET next_sync_at = now(), last_synced_at = NULL, last_attempt_at = NULL, sync_locked_until = NULL"
                + (clearState ? ", sync_state = NULL" : ""), connection);
            await due.ExecuteNonQueryAsync(cancellationToken);
        }
        var signal = app.Services.GetRequiredService<CalendarSyncSignal>();
        foreach (var tenantId in tenantIds) signal.Wake(tenantId);
        var measuring = MeasureAsync(clearState ? "during full sync" : "during incremental sync", clients, payload, slug, () => Volatile.Read(ref done), int.MaxValue, cancellationToken);
        await WaitAsync(database, tenantIds, count, "last_synced_at IS NOT NULL", TimeSpan.FromMinutes(30), cancellationToken);
        var wall = started.Elapsed;
        Volatile.Write(ref done, true);
        var slots = await measuring;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  all {count} synced in {wall.TotalSeconds:0.00} s; {slots.Milliseconds.Count} slot queries meanwhile"));
        return new Round(wall, slots);
    }

    /// <summary>Polls every 50 ms until <paramref name="count"/> connections (of all the organizations) meet the condition.</summary>
    private static async Task WaitAsync(TestDatabase database, Guid[] tenantIds, int count, string condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        while (await CountAsync(database, tenantIds, $"SELECT count(*) FROM calendar_connections WHERE {condition}", cancellationToken) < count)
        {
            if (started.Elapsed > timeout) throw new TimeoutException($"Not every connection has {condition} after {timeout}.");
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>The sum over the organizations (row-level security shows one at a time), on one connection.</summary>
    private static async Task<long> CountAsync(TestDatabase database, Guid[] tenantIds, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsTenantAsync(tenantIds[0], cancellationToken);
        long total = 0;
        foreach (var tenantId in tenantIds)
        {
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands = { new NpgsqlBatchCommand("SELECT set_config('app.tenant_id', $1, false)") { Parameters = { new NpgsqlParameter { Value = tenantId.ToString() } } }, new NpgsqlBatchCommand(sql) },
            };
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            total += reader.GetInt64(0);
        }
        return total;
    }

    /// <summary>Each client sends one request after another, <paramref name="perClient"/> times or until <paramref name="stop"/>.</summary>
    private static async Task<Latencies> MeasureAsync(string label, GraphQLClient[] clients, byte[] payload, string slug, Func<bool> stop, int perClient, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var results = await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            var times = new List<double>();
            for (var i = 0; i < perClient && !stop(); i++)
            {
                var (elapsed, body, status) = await client.TimeAsync(payload, slug, cancellationToken);
                Check(body, status);
                times.Add(elapsed.TotalMilliseconds);
            }
            return times;
        }, cancellationToken)));
        return new Latencies(label, [.. results.SelectMany(r => r)], started.Elapsed);
    }

    private static void Check(string body, int status)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (status != 200 || root.TryGetProperty("errors", out _)) throw new InvalidOperationException($"availableSlots: HTTP {status}: {Truncate(body)}");
        var payload = root.GetProperty("data").GetProperty("availableSlots");
        if (payload.GetProperty("userErrors").GetArrayLength() != 0) throw new InvalidOperationException($"availableSlots userErrors: {payload.GetProperty("userErrors")}");
        if (payload.GetProperty("slots").GetArrayLength() == 0) throw new InvalidOperationException("availableSlots: no slots at all.");
    }

    private static string Ratio(double value, double baseline) => string.Create(CultureInfo.InvariantCulture, $"{value / baseline:0.00}×");

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "...";
}
