using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.IntegrationTests.ScaleOut;

/// <summary>
/// The Release build of the API (src/Platform.Api/bin/Release/net10.0/Platform.Api.dll, which building the tests
/// builds) as its own process, started with a role argument as the container and <c>./platform up --instances</c> do.
/// </summary>
public sealed class RoleProcess : IAsyncDisposable
{
    private readonly Process _process;

    private RoleProcess(Process process, Uri baseAddress) => (_process, BaseAddress) = (process, baseAddress);

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public static async Task<RoleProcess> StartAsync(string role, TestDatabase database, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ApiAssembly());
        start.ArgumentList.Add(role);
        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["ConnectionStrings__Platform"] = database.AppConnectionString;
        environment["ConnectionStrings__Owner"] = database.OwnerConnectionString;
        environment["Email__Provider"] = "Pickup";
        environment["Email__PickupDirectory"] = Path.Combine(Path.GetTempPath(), "platform-role-mail-" + port);
        environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new RoleProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The {role} exited with {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The {role} did not become ready within 60 s.");
            await Task.Delay(200);
        }
    }

    public HttpClient Http() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ApiAssembly()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Platform.Api", "bin", "Release", "net10.0", "Platform.Api.dll");
            if (File.Exists(candidate)) return candidate;
        }

        throw new InvalidOperationException("src/Platform.Api/bin/Release/net10.0/Platform.Api.dll not found above " + AppContext.BaseDirectory);
    }
}
