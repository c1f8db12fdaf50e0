using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.WebTests;

/// <summary>
/// Runs a browser scenario, <c>web/e2e/&lt;scenario&gt;.mjs</c> (Debian's chromium driven by playwright-core, see
/// web/e2e/lib.mjs), against this host. The script asks what only the test can do (pay on Stripe's side, read an
/// email) with a line <c>? &lt;verb&gt; &lt;json&gt;</c> and reads one JSON line back; its last line is
/// <c>{"checks":[{"name","ok","detail"}]}</c>, and every check must be ok.
/// </summary>
public sealed class BrowserScenarios(PlatformApp app)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>An answer to one question: its JSON payload in, any JSON-serialisable value out.</summary>
    public delegate Task<object?> Answer(JsonNode? payload);

    /// <summary>
    /// Runs <paramref name="scenario"/> with <paramref name="config"/> (merged over base, chromium and artifacts) and
    /// asserts its checks. <paramref name="answers"/> add to (or replace) the built-in checkout, authorize and mail.
    /// </summary>
    public async Task<JsonArray> RunAsync(string scenario, object? config = null, IReadOnlyDictionary<string, Answer>? answers = null)
    {
        var web = WebDirectory();
        var script = Path.Combine(web, "e2e", scenario + ".mjs");
        Assert.True(File.Exists(script), "no scenario at " + script);
        Assert.True(Directory.Exists(Path.Combine(web, "node_modules")), $"no {web}/node_modules: the build (web/WebClient.targets) installs it");

        var handlers = new Dictionary<string, Answer>(StringComparer.Ordinal)
        {
            ["checkout"] = CheckoutAsync, ["authorize"] = AuthorizeAsync, ["mail"] = MailAsync,
        };
        foreach (var (verb, answer) in answers ?? new Dictionary<string, Answer>()) handlers[verb] = answer;

        var output = await RunNodeAsync(web, script, Config(config).ToJsonString(), handlers);
        var last = output.LastOrDefault(l => l.TrimStart().StartsWith('{'));
        Assert.True(last is not null, $"{scenario}: no report line; output:\n{string.Join('\n', output)}");
        var checks = JsonNode.Parse(last)!["checks"]!.AsArray();
        Assert.True(checks.Count > 0, $"{scenario}: no checks ran; output:\n{string.Join('\n', output)}");
        var failed = checks.Where(c => c?["ok"]?.GetValue<bool>() != true).Select(c => $"{c?["name"]}: {c?["detail"]}").ToList();
        Assert.True(failed.Count == 0, $"{scenario}: {failed.Count} of {checks.Count} checks failed (screenshots in "
            + $"{Artifacts()}):\n{string.Join('\n', failed)}");
        return checks;
    }

    private JsonObject Config(object? config)
    {
        var merged = config is null ? new JsonObject() : JsonSerializer.SerializeToNode(config)!.AsObject();
        merged["base"] = app.BaseAddress.ToString().TrimEnd('/');
        merged["chromium"] = Chromium();
        merged["artifacts"] = Artifacts();
        return merged;
    }

    private static async Task<List<string>> RunNodeAsync(string web, string script, string config, Dictionary<string, Answer> handlers)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(config);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        var output = new List<string>();
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (!line.StartsWith("? ", StringComparison.Ordinal))
                {
                    output.Add(line);
                    continue;
                }

                var answer = await AnswerAsync(line[2..], handlers);
                await process.StandardInput.WriteLineAsync(answer.AsMemory(), timeout.Token);
                await process.StandardInput.FlushAsync(timeout.Token);
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(script)} ran longer than {Timeout}; output:\n{string.Join('\n', output)}\n{await stderr}");
        }

        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(script)} exited {process.ExitCode}:\n{string.Join('\n', output)}\n{await stderr}");
        return output;
    }

    /// <summary>One JSON line; a failing or unknown question is answered {"error"} so the script fails its check, not hangs.</summary>
    private static async Task<string> AnswerAsync(string question, Dictionary<string, Answer> handlers)
    {
        var space = question.IndexOf(' ', StringComparison.Ordinal);
        var verb = space < 0 ? question : question[..space];
        var payload = space < 0 || question[(space + 1)..].Trim().Length == 0 ? null : JsonNode.Parse(question[(space + 1)..]);
        if (!handlers.TryGetValue(verb, out var handler)) return JsonSerializer.Serialize(new { error = $"no answer for '{verb}'" });
        try
        {
            return JsonSerializer.Serialize(await handler(payload));
        }
        catch (Exception e)
        {
            return JsonSerializer.Serialize(new { error = $"{verb}: {e.GetType().Name}: {e.Message}" });
        }
    }

    /// <summary>The customer pays on Stripe's hosted page; answered once the platform has recorded the authorisation.</summary>
    private async Task<object?> CheckoutAsync(JsonNode? payload)
    {
        var sessionId = payload!["sessionId"]!.GetValue<string>();
        await app.Stripe.CompleteCheckoutAsync(sessionId);
        var intentId = app.Stripe.Session(sessionId).PaymentIntentId!;
        await RecordedAsync(intentId);
        return new { sessionId, intentId };
    }

    /// <summary>A card authorised for the intent (what a stand-in Payment Element stands for); answered once recorded.</summary>
    private async Task<object?> AuthorizeAsync(JsonNode? payload)
    {
        var intentId = payload!["intentId"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intentId);
        await RecordedAsync(intentId);
        return new { intentId };
    }

    private async Task RecordedAsync(string intentId)
    {
        var payments = new Payments(app, new Accounts(app));
        await payments.DrainedAsync();
        await Payments.EventuallyAsync(async () => await payments.ScalarAsync<string>(
            "SELECT status FROM public.payments WHERE payment_intent_id = $1", intentId) is "RequiresCapture" or "Succeeded",
            $"the payment of {intentId} to be recorded");
    }

    /// <summary>The newest email to "to" (whose subject contains "subject", when given), waited for: {subject, text, links}.</summary>
    private async Task<object?> MailAsync(JsonNode? payload)
    {
        var to = payload!["to"]!.GetValue<string>();
        var subject = payload["subject"]?.GetValue<string>();
        MimeKit.MimeMessage? found = null;
        await Eventually.TrueAsync(() =>
        {
            found = Messages(to).LastOrDefault(m => subject is null || (m.Subject ?? "").Contains(subject, StringComparison.OrdinalIgnoreCase));
            return found is not null;
        }, $"an email to {to}" + (subject is null ? "" : $" about '{subject}'"));
        var text = found!.TextBody ?? found.HtmlBody ?? "";
        var links = System.Text.RegularExpressions.Regex.Matches(text + "\n" + (found.HtmlBody ?? ""), "https?://[^\\s\"'<>]+")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Value)).Distinct().ToArray();
        return new { subject = found.Subject, text, links };
    }

    private IEnumerable<MimeKit.MimeMessage> Messages(string to) =>
        !Directory.Exists(app.MailDirectory) ? [] : new DirectoryInfo(app.MailDirectory).GetFiles("*.eml")
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => MimeKit.MimeMessage.Load(f.FullName))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)));

    private static string Chromium() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Debian's chromium is missing: ./platform test installs it (apt-get install chromium).");

    private static string Artifacts() => Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "tests", "artifacts", "web")).FullName;

    private static string WebDirectory() => Path.Combine(RepositoryRoot(), "web");

    /// <summary>The folder holding web/package.json, above the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "web", "package.json"))) return dir.FullName;
        throw new InvalidOperationException("web/package.json not found above " + AppContext.BaseDirectory);
    }
}
