using System.Diagnostics;
using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

/// <summary>The graphql-http npm audit (auditServer) against the running Platform: zero errors, zero warnings.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConformanceTests(PlatformApp app)
{
    [Fact]
    public async Task Graphql_http_audit_reports_no_errors_and_no_warnings()
    {
        var output = await NodeScripts.RunAsync("audit.mjs", new Uri(app.BaseAddress, "/graphql").ToString());
        var report = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        Assert.True(report["error"]!.AsArray().Count == 0, report.ToJsonString());
        Assert.True(report["warn"]!.AsArray().Count == 0, report.ToJsonString());
        Assert.Equal(report["total"]!.GetValue<int>(), report["ok"]!.GetValue<int>());
        Assert.True(report["total"]!.GetValue<int>() >= 61);
    }

    /// <summary>The graphql-ws and graphql-sse npm clients: query, mutation, subscription across connections, errors, every close code.</summary>
    [Fact]
    public async Task Graphql_ws_and_graphql_sse_clients_pass_every_realtime_check()
    {
        var bookings = new Bookings(app);
        var shop = await bookings.ShopAsync(payments: false);
        var offering = await bookings.OfferingAsync(shop);
        var customer = await bookings.Accounts.SignUpAsync();
        var config = new
        {
            http = app.BaseAddress.ToString().TrimEnd('/'),
            ws = new UriBuilder(app.BaseAddress) { Scheme = "ws" }.Uri.ToString().TrimEnd('/'),
            slug = shop.Org.Slug,
            ownerToken = shop.Org.Owner.Token,
            customerToken = customer.Token,
            offeringId = offering,
            starts = Enumerable.Range(0, 4).Select(i => Bookings.Slot(hours: i)).ToArray(),
        };
        // The script asks before it publishes ("? subscribers N"): the answer comes once the hub holds N subscribers of the shop.
        var output = await NodeScripts.RunAsync("realtime.mjs", [System.Text.Json.JsonSerializer.Serialize(config)], async question =>
        {
            var count = int.Parse(question.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            await RealtimeTests.Live.SubscribedAsync(app, shop.Org, count);
        });
        var checks = JsonNode.Parse(output.Trim().Split('\n')[^1])!["checks"]!.AsArray();
        Assert.All(checks, c => Assert.True(c!["ok"]!.GetValue<bool>(), c["name"] + ": " + c["detail"]));
        Assert.Equal(16, checks.Count);
        foreach (var code in new[] { "4400", "4401", "4403", "4408", "4409", "4429", "1009" })
            Assert.Contains(checks, c => c!["name"]!.GetValue<string>().StartsWith("close " + code, StringComparison.Ordinal));
    }
}

/// <summary>Runs a script from tests/conformance with node; ./platform test installs its npm packages first.</summary>
internal static class NodeScripts
{
    public static Task<string> RunAsync(string script, params string[] args) => RunAsync(script, args, null);

    /// <summary>
    /// Runs <paramref name="script"/>; a line it prints starting with "? " is a question (e.g. "? subscribers 1"): the script
    /// waits for an answer line on its standard input, given once <paramref name="answer"/> has completed. Returns the other lines.
    /// </summary>
    public static async Task<string> RunAsync(string script, string[] args, Func<string, Task>? answer)
    {
        var directory = FindConformanceDirectory();
        if (!Directory.Exists(Path.Combine(directory, "node_modules")))
            throw new InvalidOperationException($"Run 'npm ci' in {directory} (./platform test does this).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = answer is not null,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = new System.Text.StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (answer is not null && line.StartsWith("? ", StringComparison.Ordinal))
            {
                await answer(line[2..]);
                await process.StandardInput.WriteLineAsync("ok");
                await process.StandardInput.FlushAsync(timeout.Token);
            }
            else
            {
                stdout.AppendLine(line);
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"node {script} exited {process.ExitCode}: {await stderr}");
        return stdout.ToString();
    }

    private static string FindConformanceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "conformance");
            if (File.Exists(Path.Combine(candidate, "package.json"))) return candidate;
        }

        throw new InvalidOperationException("tests/conformance not found above " + AppContext.BaseDirectory);
    }
}
