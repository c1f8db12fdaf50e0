using System.Diagnostics;
using Platform.IntegrationTests.Stripe;

namespace Platform.Benchmarks.Chaos;

/// <summary>
/// The faults, against the processes ./platform chaos started (scripts/instances.sh writes each one's pid to
/// <c>$state/&lt;name&gt;.pid</c> and restarts it when it dies, as an orchestrator would).
/// </summary>
public sealed class ChaosFaults(string state, string pgbouncerDir, ChaosPhases phases)
{
    /// <summary>kill -9 of <paramref name="name"/> (api2, worker); returns once its successor answers /health/ready.</summary>
    public async Task KillAsync(string name, Uri address)
    {
        var pid = int.Parse(await File.ReadAllTextAsync(Path.Combine(state, name + ".pid")), System.Globalization.CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        Process.GetProcessById(pid).Kill();
        phases.Note($"kill -9 {name} (pid {pid})");
        await ReadyAsync(address, TimeSpan.FromSeconds(120));
        phases.Note($"{name} restarted and ready after {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>PgBouncer killed and started again on the same configuration.</summary>
    public async Task RestartPgBouncerAsync()
    {
        var pidFile = Path.Combine(pgbouncerDir, "pgbouncer.pid");
        var pid = int.Parse((await File.ReadAllTextAsync(pidFile)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        Process.GetProcessById(pid).Kill();
        while (File.Exists(pidFile) && await IsAliveAsync(pid)) await Task.Delay(50);
        File.Delete(pidFile);
        await Task.Delay(500);
        var ini = Path.Combine(pgbouncerDir, "pgbouncer.ini");
        await RunAsync(File.Exists("/usr/sbin/pgbouncer") ? "/usr/sbin/pgbouncer" : "pgbouncer", Environment.UserName == "root" ? ["-d", "-u", "postgres", ini] : ["-d", ini]);
        phases.Note($"pgbouncer killed and started again in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>pg_ctlcluster 15 main restart (fast shutdown: every connection is cut).</summary>
    public async Task RestartPostgresAsync()
    {
        var watch = Stopwatch.StartNew();
        await RunAsync("pg_ctlcluster", ["15", "main", "restart"]);
        phases.Note($"PostgreSQL restarted in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// 10,000 deliveries, shuffled, signed as the fake signs: 70 % distinct events about the run's PaymentIntents as they
    /// are now (a late re-notification, possibly already stale when it lands), 30 % repeats of them. Returns the non-2xx count.
    /// </summary>
    public async Task<int> WebhookStormAsync(StripeFake stripe, IReadOnlyList<string> intents, int total = 10_000)
    {
        if (intents.Count == 0) return 0;
        var random = new Random(42);
        var distinct = new List<FakeEvent>();
        for (var i = 0; i < total * 7 / 10; i++)
        {
            var id = intents[random.Next(intents.Count)];
            var status = stripe.Intent(id).Status;
            var type = status switch
            {
                "requires_capture" => "payment_intent.amount_capturable_updated",
                "succeeded" => "payment_intent.succeeded",
                "canceled" => "payment_intent.canceled",
                _ => "payment_intent.processing",
            };
            distinct.Add(stripe.StaleIntentEvent(type, id, status));
        }

        var all = distinct.Concat(Enumerable.Range(0, total - distinct.Count).Select(_ => distinct[random.Next(distinct.Count)])).ToArray();
        random.Shuffle(all);
        var failed = 0;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (e, _) =>
        {
            var status = await stripe.DeliverAsync(e);
            if (status is < 200 or >= 300) Interlocked.Increment(ref failed);
        });
        phases.Note($"{all.Length} webhook deliveries ({distinct.Count} distinct events) in {watch.Elapsed.TotalSeconds:0.0} s, {failed} not 2xx");
        return failed;
    }

    public static async Task ReadyAsync(Uri address, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            try
            {
                // A pid file may still name the dead process for a moment: wait for an answer, not for the file.
                if ((await http.GetAsync(new Uri(address, "/health/ready"))).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not up yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{address} did not become ready within {timeout.TotalSeconds} s.");
    }

    private static async Task<bool> IsAliveAsync(int pid)
    {
        await Task.Yield();
        return Directory.Exists($"/proc/{pid}");
    }

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await error}");
    }
}
