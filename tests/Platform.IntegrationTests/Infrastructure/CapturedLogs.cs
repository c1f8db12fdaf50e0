using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// Every log line the host writes, kept in memory: tests read the server's side of a failure
/// (an unexpected exception behind an INTERNAL_SERVER_ERROR), or scan for things that must never be logged.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();
    private readonly List<(Func<Entry, bool> Match, TaskCompletionSource<Entry> Found)> _waiters = [];

    /// <param name="Fields">The structured values of the line (the message template's names), as a JSON formatter would write them.</param>
    public sealed record Entry(DateTimeOffset At, LogLevel Level, string Category, string Message, Exception? Exception,
        IReadOnlyDictionary<string, object?> Fields)
    {
        public override string ToString() => $"{At:HH:mm:ss.fff} {Level} {Category}: {Message}{(Exception is null ? "" : Environment.NewLine + Exception)}";
    }

    public IReadOnlyList<Entry> Entries => [.. _entries];

    /// <summary>Errors logged since <paramref name="since"/>, as text for an assertion message.</summary>
    public string ErrorsSince(DateTimeOffset since) =>
        string.Join(Environment.NewLine, _entries.Where(e => e.At >= since && e.Level >= LogLevel.Error));

    /// <summary>
    /// The first line matching <paramref name="match"/>, already written or still to come: a request's
    /// line is written as its pipeline unwinds, which may be just after the client has its answer.
    /// </summary>
    public async Task<Entry> WaitForAsync(Func<Entry, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<Entry>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters) _waiters.Add((match, found));
        try
        {
            if (_entries.FirstOrDefault(match) is { } already) found.TrySetResult(already);
            return await found.Task.WaitAsync(timeout);
        }
        finally
        {
            lock (_waiters) _waiters.RemoveAll(w => w.Found == found);
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    private void Add(Entry entry)
    {
        _entries.Enqueue(entry);
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Match(entry))) waiter.Found.TrySetResult(entry);
        }
        // A long test run must not hold every line forever.
        while (_entries.Count > 20_000 && _entries.TryDequeue(out _))
        {
        }
    }

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value)
                : new Dictionary<string, object?>();
            logs.Add(new Entry(DateTimeOffset.UtcNow, logLevel, category, formatter(state, exception), exception, fields));
        }
    }
}
