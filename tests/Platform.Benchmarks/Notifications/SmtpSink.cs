using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Platform.Benchmarks.Notifications;

/// <summary>
/// The npm <c>smtp-server</c> as the benchmark's mail server (tests/conformance/smtp-bench-sink.mjs): a real SMTP
/// conversation per message, and the moment each message was complete, by Message-ID.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<(DateTimeOffset At, string MessageId)> _received = new();
    private readonly Task _reading;

    private SmtpSink(Process process, int port)
    {
        _process = process;
        Port = port;
        _reading = ReadAsync();
    }

    public int Port { get; }

    public int Count => _received.Count;

    public IReadOnlyCollection<(DateTimeOffset At, string MessageId)> Received => _received;

    public static async Task<SmtpSink> StartAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ConformanceDirectory(), RedirectStandardOutput = true, RedirectStandardInput = true,
        };
        start.ArgumentList.Add("smtp-bench-sink.mjs");
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var first = await process.StandardOutput.ReadLineAsync(cancellationToken) ?? "";
        if (!first.StartsWith("listening ", StringComparison.Ordinal))
            throw new InvalidOperationException($"The SMTP sink did not start: '{first}' (run ./platform bench, which installs its npm packages).");
        return new SmtpSink(process, int.Parse(first["listening ".Length..], CultureInfo.InvariantCulture));
    }

    private async Task ReadAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && long.TryParse(line[..space], CultureInfo.InvariantCulture, out var ms))
                _received.Enqueue((DateTimeOffset.FromUnixTimeMilliseconds(ms), line[(space + 1)..]));
        }
    }

    private static string ConformanceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "conformance");
            if (File.Exists(Path.Combine(candidate, "smtp-bench-sink.mjs"))) return candidate;
        }

        throw new InvalidOperationException("tests/conformance not found above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
        await _reading;
        _process.Dispose();
    }
}
