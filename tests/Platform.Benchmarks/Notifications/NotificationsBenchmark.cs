using System.Globalization;
using Platform.Benchmarks.Infrastructure;

namespace Platform.Benchmarks.Notifications;

/// <summary>
/// <c>./platform bench notifications [--backlog N] [--rate N] [--seconds N]</c>: the outbox against real local receivers
/// (the npm smtp-server, a Kestrel webhook endpoint). Throughput: N confirmed bookings committed by an instance
/// that does not deliver, then drained by one that does (emails and webhook calls per second), beside the receivers'
/// own pace measured in the same run (the baseline). Lag: bookings at a steady rate (100 per second), from each
/// booking event (written just before its commit) to the receiver having the message: median and p99.
/// Prints figures; asserts no timings; every delivery must arrive exactly once.
/// </summary>
public static class NotificationsBenchmark
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var (backlog, rate, seconds) = (1000, 100, 20);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) ? n : -1;
            switch (args[i])
            {
                case "--backlog" when value > 0: backlog = value; i++; break;
                case "--rate" when value > 0: rate = value; i++; break;
                case "--seconds" when value > 0: seconds = value; i++; break;
                default:
                    await Console.Error.WriteLineAsync($"unknown or invalid argument: {args[i]}\n"
                        + "usage: ./platform bench notifications [--backlog N (1000)] [--rate N per second (100)] [--seconds N (20)]");
                    return 2;
            }
        }

        Console.WriteLine("notifications benchmark (./platform bench notifications)");
        Console.WriteLine($"  machine:  nproc={Machine.ProcessorCount()}, cpu={Machine.CpuModel()}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"  date:     {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        await using var database = await TestDatabase.CreateAsync("platform_bench", cancellationToken);
        await using var sink = await SmtpSink.StartAsync(cancellationToken);
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Email:Provider"] = "Smtp",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = sink.Port.ToString(CultureInfo.InvariantCulture),
            ["Webhooks:AllowLoopback"] = "true",
            ["Notifications:DispatcherEnabled"] = "false",
            // Two instances one after the other: one issuer, so the first one's tokens work on the second.
            ["Platform:PublicUrl"] = "http://127.0.0.1:5999/",
        };

        var (baseEmails, baseWebhooks) = await NotificationLoad.BaselineAsync(sink, receiver, 500, 16, cancellationToken);
        int sinkBefore, receiverBefore;

        // Throughput: the backlog is committed by an instance that does not deliver (as if every worker were busy).
        NotificationFixture fixture;
        await using (var writer = await BenchApp.StartAsync(database, cancellationToken, settings))
        {
            using var http = writer.Http();
            var accounts = new Accounts(writer, http);
            fixture = await NotificationFixture.CreateAsync(accounts, new Catalog(writer, accounts), receiver.Url);
            (sinkBefore, receiverBefore) = (sink.Count, receiver.Count);
            Console.WriteLine($"  backlog:  {backlog} free bookings committed by an instance that does not deliver...");
            await NotificationLoad.HoldAsync(writer, fixture, 0, backlog, 0, 16, cancellationToken);
        }

        settings["Notifications:DispatcherEnabled"] = "true";
        await using var deliverer = await BenchApp.StartAsync(database, cancellationToken, settings);
        await NotificationLoad.WaitForAsync(sink, receiver, sinkBefore + 2 * backlog, receiverBefore + backlog, TimeSpan.FromMinutes(10));
        // From the first message of the backlog to the last: the deliverer's start-up is not the outbox's pace.
        var backlogMessages = sink.Received.Skip(sinkBefore).Select(r => r.At).Concat(receiver.Received.Skip(receiverBefore).Select(r => r.At)).ToList();
        var drained = backlogMessages.Max() - backlogMessages.Min();
        var emailRate = 2 * backlog / drained.TotalSeconds;
        var webhookRate = backlog / drained.TotalSeconds;

        // Lag at a steady rate.
        var steady = rate * seconds;
        Console.WriteLine($"  steady:   {steady} free bookings at {rate} per second...");
        var before = (Emails: sink.Count, Webhooks: receiver.Count);
        var steadyFrom = DateTimeOffset.UtcNow;
        await NotificationLoad.HoldAsync(deliverer, fixture, backlog, steady, rate, 16, cancellationToken);
        await NotificationLoad.WaitForAsync(sink, receiver, before.Emails + 2 * steady, before.Webhooks + steady, TimeSpan.FromMinutes(5));
        var lags = await NotificationLags.MeasureAsync(database, fixture.TenantId, sink, receiver, steadyFrom, cancellationToken);

        Console.WriteLine();
        Console.WriteLine("                                      per second   baseline /s   ratio");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"emails from the outbox (SMTP)       {emailRate,10:0.0} {baseEmails,13:0.0} {emailRate / baseEmails,7:0.000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"webhooks from the outbox (HTTP)     {webhookRate,10:0.0} {baseWebhooks,13:0.0} {webhookRate / baseWebhooks,7:0.000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  ({3 * backlog} deliveries drained in {drained.TotalSeconds:0.00} s; baseline: 500 direct sends each, 16 at a time)"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lag from booking event to receiver at {rate} bookings/s:   median ms   p99 ms   max ms"));
        foreach (var (name, values) in new[] { ("emails", lags.Emails), ("webhooks", lags.Webhooks) })
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-10} ({values.Count,5} messages)                  {Statistics.Percentile(values, 0.5),9:0.0} {Statistics.Percentile(values, 0.99),8:0.0} {values.Max(),8:0.0}"));
        Console.WriteLine();
        Console.WriteLine($"every delivery arrived exactly once: {lags.Duplicates} duplicates, {lags.Unmatched} messages not matched to a delivery.");
        return lags.Duplicates == 0 && lags.Unmatched == 0 ? 0 : 1;
    }
}
