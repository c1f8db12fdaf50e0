using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Platform.IntegrationTests.Deployment;

/// <summary>
/// The Helm chart (charts/platform), without Helm (not installable here): charts/test/validate.mjs renders it for the
/// default values and two other value sets with a small Go-template renderer, validates every object against the
/// Kubernetes schemas (kubernetes-models), checks roles, probes, drain timing, security, the migration hook, PgBouncer,
/// ingress timeouts and network policies, and that every setting in README's configuration table is set by the chart
/// or listed with its default in values.yaml. ./platform test installs its npm packages.
/// </summary>
public sealed class ChartTests
{
    [Fact]
    public async Task The_chart_renders_valid_objects_and_covers_every_setting()
    {
        var directory = Path.Combine(DockerfileSpec.RepositoryRoot(), "charts", "test");
        if (!Directory.Exists(Path.Combine(directory, "node_modules")))
            throw new InvalidOperationException($"Run 'npm ci' in {directory} (./platform test does this).");
        var (exit, output) = await PublishedImage.Exec("node", directory, TimeSpan.FromMinutes(1), "validate.mjs");
        var line = output.Trim().Split('\n').LastOrDefault(l => l.StartsWith('{')) ?? throw new InvalidOperationException(output);
        var report = JsonNode.Parse(line)!;
        var failures = report["failures"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(0, exit);
        Assert.Equal(3, report["scenarios"]!.GetValue<int>());
        Assert.True(report["objects"]!.GetValue<int>() >= 20, line);
        Assert.True(report["checks"]!.GetValue<int>() >= 400, line);
        Debug.WriteLine(line);
    }
}
