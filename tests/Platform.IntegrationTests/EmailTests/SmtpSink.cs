using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Platform.IntegrationTests.EmailTests;

/// <summary>
/// A real SMTP server (tests/conformance/smtp-sink.mjs: npm smtp-server, parsed by mailparser and ical.js) that
/// reports every message it takes as JSON, and also drops it as .eml into a directory (for <c>Mailbox</c>).
/// Addresses starting with "reject" are refused with 550.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<JsonNode> _messages = new();

    private SmtpSink(Process process) => _process = process;

    public int Port { get; private set; }

    public IReadOnlyList<JsonNode> Messages => [.. _messages];

    public static async Task<SmtpSink> StartAsync(string pickupDirectory)
    {
        var directory = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../conformance"));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardInput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add("smtp-sink.mjs");
        start.ArgumentList.Add(pickupDirectory);
        var sink = new SmtpSink(Process.Start(start)!);
        var first = await sink._process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30))
            ?? throw new InvalidOperationException("smtp-sink.mjs did not start: " + await sink._process.StandardError.ReadToEndAsync());
        sink.Port = JsonNode.Parse(first)!["listening"]!.GetValue<int>();
        _ = Task.Run(sink.ReadAsync);
        return sink;
    }

    /// <summary>The first message to <paramref name="to"/> that <paramref name="match"/> accepts, once it arrives.</summary>
    public Task<JsonNode> WaitForAsync(string to, Func<JsonNode, bool> match, string what) =>
        Platform.Testing.Eventually.ValueAsync(
            () => _messages.FirstOrDefault(m => m["to"]!.AsArray().Any(a => string.Equals(a!.GetValue<string>(), to, StringComparison.OrdinalIgnoreCase))
                && match(m)),
            what);

    private async Task ReadAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
            if (JsonNode.Parse(line) is { } message) _messages.Enqueue(message);
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000)) _process.Kill();
        _process.Dispose();
        await Task.CompletedTask;
    }
}
