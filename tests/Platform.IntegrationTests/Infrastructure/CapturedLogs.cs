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

    public sealed record Entry(DateTimeOffset At, LogLevel Level, string Category, string Message, Exception? Exception)
    {
        public override string ToString() => $"{At:HH:mm:ss.fff} {Level} {Category}: {Message}{(Exception is null ? "" : Environment.NewLine + Exception)}";
    }

    public IReadOnlyList<Entry> Entries => [.. _entries];

    /// <summary>Errors logged since <paramref name="since"/>, as text for an assertion message.</summary>
    public string ErrorsSince(DateTimeOffset since) =>
        string.Join(Environment.NewLine, _entries.Where(e => e.At >= since && e.Level >= LogLevel.Error));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

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
            logs._entries.Enqueue(new Entry(DateTimeOffset.UtcNow, logLevel, category, formatter(state, exception), exception));
            // A long test run must not hold every line forever.
            while (logs._entries.Count > 20_000 && logs._entries.TryDequeue(out _))
            {
            }
        }
    }
}
