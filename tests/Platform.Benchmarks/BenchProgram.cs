using Platform.Benchmarks.Slots;

namespace Platform.Benchmarks;

/// <summary>
/// Entry point of <c>./platform bench &lt;name&gt; [args]</c>. Not top-level statements: those would
/// declare a global <c>Program</c> that clashes with the API's (which WebApplicationFactory hosts).
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        // WebApplicationFactory finds the API's content root through MvcTestingAppManifest.json, which it
        // looks up relative to the current directory; `dotnet run` keeps the caller's directory.
        Environment.CurrentDirectory = AppContext.BaseDirectory;

        using var cancellation = new CancellationTokenSource();
        // Ctrl-C stops the run but still lets the throwaway database be dropped.
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var name = args.FirstOrDefault();
        try
        {
            return name switch
            {
                "slots" => await SlotsBenchmark.RunAsync(args[1..], cancellation.Token),
                "booking" => await Booking.BookingBenchmark.RunAsync(args[1..], cancellation.Token),
                "realtime" => await Realtime.RealtimeBenchmark.RunAsync(args[1..], cancellation.Token),
                "notifications" => await Notifications.NotificationsBenchmark.RunAsync(args[1..], cancellation.Token),
                "calendar-sync" => await CalendarSync.CalendarSyncBenchmark.RunAsync(args[1..], cancellation.Token),
                "race" => await Race.RaceBenchmark.RunAsync(args[1..], cancellation.Token),
                "chaos" => await Chaos.ChaosBenchmark.RunAsync(args[1..], cancellation.Token),
                _ => Usage(name),
            };
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
    }

    private static int Usage(string? name)
    {
        Console.Error.WriteLine($"""
            {(name is null ? "no benchmark named" : $"unknown benchmark: {name}")}
            usage: ./platform bench <name> [args]
              slots [--iterations N] [--warmup N]   availableSlots latency, 30 days, one provider and any of 20,
                                                    loaded vs empty calendars (docs/benchmarks.md)
              booking [--requests N] [--warmup N] [--clients N] [--pgbench-seconds N]
                                                    holdBooking throughput and p99 with 16 concurrent clients on
                                                    distinct slots, beside pgbench inserts into a table with the
                                                    same exclusion constraint (docs/benchmarks.md)
              race [--racers N] [--uncontended N] [--rounds N]
                                                    N holds released together for one slot over two instances: answer
                                                    times against an uncontended hold's median, exactly one winner
              realtime [--connections 1000,5000] [--rounds N]
                                                    WebSocket subscribers per API process: memory per idle and
                                                    subscribed connection, delivery latency median/p99 of one change
              notifications [--backlog N] [--rate N] [--seconds N]
                                                    outbox throughput (emails, webhooks per second to local receivers)
                                                    against the receivers' own pace, and commit-to-delivery lag at N/s
              calendar-sync [--providers N] [--events N] [--organizations N] [--clients N] [--queries N]
                                                    Google calendar sync of N providers × N events (full, then incremental)
                                                    through the fake, and availableSlots latency during it vs idle
            """);
        return 2;
    }
}
