using System.Diagnostics;

namespace Platform.Benchmarks.Infrastructure;

/// <summary>
/// Adds up the time of the database commands the in-process host runs, from Npgsql's own tracing
/// activities (one per command, from execution until its reader is done). Requests are sequential,
/// so what accumulated between two <see cref="Take"/> calls belongs to the request in between.
/// </summary>
public sealed class SqlTimer : IDisposable
{
    private readonly ActivityListener _listener;
    private long _ticks;
    private int _commands;

    public SqlTimer()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Npgsql", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                Interlocked.Add(ref _ticks, activity.Duration.Ticks);
                Interlocked.Increment(ref _commands);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The SQL time and command count since the previous call, and a fresh start.</summary>
    public (TimeSpan Elapsed, int Commands) Take() =>
        (TimeSpan.FromTicks(Interlocked.Exchange(ref _ticks, 0)), Interlocked.Exchange(ref _commands, 0));

    public void Dispose() => _listener.Dispose();
}
