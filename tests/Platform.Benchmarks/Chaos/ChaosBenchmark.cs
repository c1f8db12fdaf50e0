using System.Diagnostics;
using System.Globalization;
using Platform.IntegrationTests.Stripe;

namespace Platform.Benchmarks.Chaos;

/// <summary>
/// <c>./platform chaos</c>: the driver. The script starts it first (it hosts the Stripe fake and writes the fake's settings
/// to <c>--env-file</c>), then the scaled-out stack (scripts/instances.sh) with those settings; the driver waits for the
/// proxy, builds a shop, runs the load and 500 subscribers through phases of faults, settles, checks, and prints the table
/// and one last line: <c>lost 0, doubled 0, money ok</c>, or what broke (exit code 1).
/// </summary>
public static class ChaosBenchmark
{
    private sealed class ProxyHost(Uri address, string mail) : ITestHost
    {
        public Uri BaseAddress => address;

        public TestDatabase Database => throw new NotSupportedException("the chaos run's database is not a throwaway one");

        public string MailDirectory => mail;

        public HttpClient Http() => new() { BaseAddress = address };
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var seconds = int.Parse(Arg("--seconds", "180"), CultureInfo.InvariantCulture);
        var state = Arg("--state", "");
        var proxy = new Uri(Arg("--proxy", "http://127.0.0.1:5000"));
        var skipPostgres = args.Contains("--no-postgres-restart");
        var subscriberCount = int.Parse(Arg("--subscribers", "500"), CultureInfo.InvariantCulture);

        await using var stripe = await StripeFake.StartAsync();
        stripe.WebhookTarget = proxy;
        await File.WriteAllLinesAsync(Arg("--env-file", Path.Combine(state, "stripe.env")),
        [
            $"export Stripe__SecretKey={stripe.SecretKey}",
            $"export Stripe__PublishableKey={stripe.PublishableKey}",
            $"export Stripe__WebhookSecret={stripe.WebhookSecret}",
            $"export Stripe__ConnectWebhookSecret={stripe.ConnectWebhookSecret}",
            $"export Stripe__ApiBase={stripe.BaseAddress.ToString().TrimEnd('/')}",
        ], cancellationToken);
        Console.WriteLine($"chaos: Stripe fake on {stripe.BaseAddress}; waiting for the stack behind {proxy}");
        // The script writes "ready" once every instance answered /health/ready.
        while (!File.Exists(Path.Combine(state, "ready"))) await Task.Delay(250, cancellationToken);
        await ChaosFaults.ReadyAsync(proxy, TimeSpan.FromSeconds(120));

        var host = new ProxyHost(proxy, Environment.GetEnvironmentVariable("Email__PickupDirectory") ?? "");
        var shop = await ChaosShop.CreateAsync(host, stripe, 32);
        await shop.WaitForChargesAsync(host);
        Console.WriteLine($"chaos: organization {shop.Org.Slug}, 4 providers, a free and a paid offering, 32 customers");

        var phases = new ChaosPhases();
        var faults = new ChaosFaults(state, Environment.GetEnvironmentVariable("PLATFORM_PGBOUNCER_DIR") ?? "", phases);
        var worker = new Uri((await File.ReadAllTextAsync(Path.Combine(state, "worker"), cancellationToken)).Trim());
        var api2 = new Uri((await File.ReadAllTextAsync(Path.Combine(state, "backends"), cancellationToken)).Trim().Split(';')[1]);
        var load = new ChaosLoad(host, shop, stripe, phases);
        var ws = new UriBuilder(proxy) { Scheme = proxy.Scheme == "https" ? "wss" : "ws", Path = $"/t/{shop.Org.Slug}/graphql" }.Uri;
        var subscribers = new ChaosSubscribers(ws, shop.FreeOffering, ChaosLoad.FirstDay, ChaosLoad.FirstDay.AddDays(30));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        phases.Begin("warm-up", $"{subscriberCount} subscribers connect");
        subscribers.Start(subscriberCount, stop.Token);
        var running = load.RunAsync(16, stop.Token);
        await subscribers.WaitSubscribedAsync(TimeSpan.FromSeconds(60));
        phases.Note($"{subscribers.Subscribed} of {subscribers.Count} subscribed");

        var steps = new List<(string Name, string Fault, Func<Task> Act)>
        {
            ("baseline", "none", () => Task.CompletedTask),
            ("kill-api", "kill -9 of api2", () => faults.KillAsync("api2", api2)),
            ("kill-worker", "kill -9 of the worker during captures and refunds", () => faults.KillAsync("worker", worker)),
            ("pgbouncer", "PgBouncer restart", faults.RestartPgBouncerAsync),
        };
        if (!skipPostgres) steps.Add(("postgres", "PostgreSQL restart", faults.RestartPostgresAsync));
        steps.Add(("webhook-storm", "10,000 Stripe events, 30 % duplicates, shuffled",
            () => faults.WebhookStormAsync(stripe, [.. load.Intents])));
        steps.Add(("reconnect-storm", "every subscriber dropped at once", () =>
        {
            subscribers.DropAll();
            return Task.CompletedTask;
        }));
        var each = TimeSpan.FromSeconds(Math.Max(10, seconds / steps.Count));
        foreach (var (name, fault, act) in steps)
        {
            phases.Begin(name, fault);
            var started = Stopwatch.StartNew();
            try
            {
                await act();
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException)
            {
                phases.Note($"the fault itself failed: {e.Message}");
            }

            var rest = each - started.Elapsed;
            if (rest > TimeSpan.Zero) await Task.Delay(rest, cancellationToken);
        }

        phases.Begin("settle", "load stopped; subscribers resume, then hear three new holds");
        var resumed = await subscribers.WaitSubscribedAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(2000, cancellationToken);
        var mark = Stopwatch.GetTimestamp();
        await load.MarkersAsync(3);
        await Task.Delay(5000, cancellationToken);
        var heard = subscribers.HeardAfter(mark);
        var connects = subscribers.Connects;
        await stop.CancelAsync();
        await running;
        await subscribers.StoppedAsync();

        var checks = new ChaosChecks(Environment.GetEnvironmentVariable("ConnectionStrings__Owner")!, shop.TenantId);
        await checks.SettleAsync(stripe, TimeSpan.FromSeconds(180));
        var (found, unresolved) = await load.ResolveFailedHoldsAsync();
        var lost = await checks.LostAsync(load.Holds, load.Cancelled);
        var doubled = await checks.DoubledAsync();
        var money = await checks.MoneyAsync(stripe);

        var holds = load.Holds.ToList();
        Console.WriteLine();
        phases.Print(Console.Out);
        Console.WriteLine();
        Console.WriteLine($"holds: {holds.Count} sent, {holds.Count(h => h.Answer == Answer.Success)} answered success, "
            + $"{holds.Count(h => h.Answer == Answer.UserError)} user errors (time taken), {holds.Count(h => h.Answer == Answer.Failed)} failed; "
            + $"of the failed, {found} had committed (found by their idempotency key), {unresolved} could not be resolved");
        Console.WriteLine($"cancels answered success: {load.Cancelled.Count}; payments authorized: {load.Intents.Count}");
        Console.WriteLine($"subscribers: {resumed} of {subscriberCount} resumed after the storms, {heard} heard the changes made after, {connects} connects in all");
        foreach (var line in lost.Concat(doubled).Concat(money).Take(20)) Console.WriteLine("  " + line);

        var broken = new List<string>();
        if (resumed < subscriberCount || heard < subscriberCount) broken.Add($"subscribers {heard}/{subscriberCount} heard");
        if (unresolved > 0) broken.Add($"{unresolved} holds unresolved");
        var last = $"lost {lost.Count}, doubled {doubled.Count}, money {(money.Count == 0 ? "ok" : $"BROKEN ({money.Count})")}";
        if (broken.Count > 0) last += "; " + string.Join(", ", broken);
        Console.WriteLine(last);
        return lost.Count == 0 && doubled.Count == 0 && money.Count == 0 && broken.Count == 0 ? 0 : 1;
    }
}
