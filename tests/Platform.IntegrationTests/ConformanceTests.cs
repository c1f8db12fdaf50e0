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
}

/// <summary>Runs a script from tests/conformance with node; ./platform test installs its npm packages first.</summary>
internal static class NodeScripts
{
    public static async Task<string> RunAsync(string script, params string[] args)
    {
        var directory = FindConformanceDirectory();
        if (!Directory.Exists(Path.Combine(directory, "node_modules")))
            throw new InvalidOperationException($"Run 'npm ci' in {directory} (./platform test does this).");

        var start = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"node {script} exited {process.ExitCode}: {await stderr}");
        return await stdout;
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
