using System.Diagnostics;
using System.Net;

namespace Platform.IntegrationTests.Deployment;

/// <summary>
/// The container image, run as its Dockerfile says but without Docker (no daemon here): the published app started
/// with the image's ENTRYPOINT, CMD, ENV and WORKDIR (parsed from the Dockerfile), in Production, against PostgreSQL.
/// <c>migrate</c> applies the migrations and exits; <c>api</c> and <c>worker</c> answer /health/live and /health/ready;
/// the HEALTHCHECK's command passes against a live instance and fails against none; SIGTERM stops the process
/// cleanly; and nothing is written to the app's directory (read-only in Kubernetes) or anywhere but "/tmp".
/// </summary>
public sealed class ContainerImageTests(PublishedImage image) : IClassFixture<PublishedImage>
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);

    [Fact]
    public void The_runtime_stage_is_aspnet_non_root_on_8080_with_roles_as_arguments()
    {
        var spec = image.Spec;
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0", spec.BaseImage);
        Assert.NotNull(spec.User);
        Assert.NotEqual("0", spec.User!.Split(':')[0]);
        Assert.NotEqual("root", spec.User.Split(':')[0]);
        Assert.Equal(["dotnet", "Platform.Api.dll"], spec.Entrypoint);
        Assert.Equal(["api"], spec.Cmd);
        Assert.Equal("http://+:8080", spec.Environment["ASPNETCORE_URLS"]);
        Assert.Equal([8080], spec.ExposedPorts);
        Assert.Equal("/tmp", spec.Environment["HOME"]);
        Assert.Equal("/tmp", spec.Environment["TMPDIR"]);
        Assert.Equal(["dotnet", $"{spec.WorkDir}/Platform.Api.dll", "healthcheck"], spec.HealthCheck);
    }

    [Fact]
    public async Task Migrate_then_api_serves_health_answers_the_healthcheck_and_stops_on_SIGTERM()
    {
        var before = Snapshot(image.AppDirectory);
        await MigrateAsync();

        var settings = image.DeploymentSettings();
        settings["Jobs__RunServer"] = "false";
        using var api = image.Start("api", settings, out var port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitForAsync(http, "/health/live", api);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);

        // The HEALTHCHECK command, with the image's environment (it finds the port in ASPNETCORE_URLS).
        var check = image.Start(image.Spec.HealthCheck[^1], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = DockerfileSpec.WithPort(image.Spec.Environment["ASPNETCORE_URLS"], port),
        }, out _);
        Assert.True(check.WaitForExit(TimeSpan.FromSeconds(20)), "healthcheck did not finish");
        Assert.True(check.ExitCode == 0, image.Output);

        // Kubernetes stops a pod with SIGTERM: the process drains and exits 0, well within the grace period.
        var stopped = Stopwatch.StartNew();
        await SigTermAsync(api);
        Assert.True(api.WaitForExit(TimeSpan.FromSeconds(30)), "api did not stop after SIGTERM");
        Assert.True(api.ExitCode == 0, $"api exited {api.ExitCode}: {image.Output}");
        Assert.True(stopped.Elapsed < TimeSpan.FromSeconds(30), stopped.Elapsed.ToString());

        using var nothing = image.Start(image.Spec.HealthCheck[^1], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = DockerfileSpec.WithPort(image.Spec.Environment["ASPNETCORE_URLS"], port),
        }, out _);
        Assert.True(nothing.WaitForExit(TimeSpan.FromSeconds(20)));
        Assert.Equal(1, nothing.ExitCode);

        // A read-only root filesystem: the app's directory is as published.
        Assert.Equal(before, Snapshot(image.AppDirectory));
        check.Dispose();
    }

    [Fact]
    public async Task The_worker_role_answers_its_health_endpoints()
    {
        await MigrateAsync();
        using var worker = image.Start("worker", image.DeploymentSettings(), out var port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitForAsync(http, "/health/live", worker);
        await WaitForAsync(http, "/health/ready", worker);
        await SigTermAsync(worker);
        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(30)), "worker did not stop after SIGTERM");
        Assert.True(worker.ExitCode == 0, $"worker exited {worker.ExitCode}: {image.Output}");
    }

    [Fact]
    public void Without_the_owner_connection_migrate_refuses()
    {
        using var migrate = image.Start("migrate", image.DeploymentSettings(), out _);
        Assert.True(migrate.WaitForExit(TimeSpan.FromSeconds(60)), "migrate did not finish");
        Assert.NotEqual(0, migrate.ExitCode);
    }

    private static readonly SemaphoreSlim Migrating = new(1, 1);

    private async Task MigrateAsync()
    {
        await Migrating.WaitAsync();
        try
        {
            var settings = image.DeploymentSettings();
            settings["ConnectionStrings__Owner"] = image.Database.OwnerConnectionString;
            using var migrate = image.Start("migrate", settings, out _);
            Assert.True(migrate.WaitForExit(TimeSpan.FromSeconds(120)), "migrate did not finish");
            Assert.True(migrate.ExitCode == 0, $"migrate exited {migrate.ExitCode}: {image.Output}");
        }
        finally
        {
            Migrating.Release();
        }
    }

    private async Task WaitForAsync(HttpClient http, string path, Process process)
    {
        var deadline = DateTime.UtcNow + StartPatience;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"the process exited {(process.HasExited ? process.ExitCode : 0)}: {image.Output}");
            try
            {
                if ((await http.GetAsync(path)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{path} never answered 200: {image.Output}");
    }

    private static async Task SigTermAsync(Process process)
    {
        var (exit, output) = await PublishedImage.Exec("kill", "/", TimeSpan.FromSeconds(5), "-TERM",
            process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(exit == 0, output);
    }

    private static SortedDictionary<string, long> Snapshot(string directory) => new(
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => new FileInfo(f).Length),
        StringComparer.Ordinal);
}
