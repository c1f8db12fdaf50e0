using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Api.Data;

namespace Platform.Benchmarks.Realtime;

/// <summary>
/// The real Platform API as its own process (the Release build ./platform up runs), so its memory
/// can be read from /proc without the benchmark's clients in the same heap.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable, ITestHost
{
    private readonly Process _process;
    private readonly string _mailDirectory;

    private ServerProcess(Process process, Uri baseAddress, string mailDirectory, TestDatabase database)
    {
        _process = process;
        BaseAddress = baseAddress;
        _mailDirectory = mailDirectory;
        Database = database;
    }

    public Uri BaseAddress { get; }

    public TestDatabase Database { get; }

    public string MailDirectory => _mailDirectory;

    public int ProcessId => _process.Id;

    public static async Task<ServerProcess> StartAsync(TestDatabase database, bool workstationGC, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Platform"] = database.AppConnectionString,
            ["ConnectionStrings:Owner"] = database.OwnerConnectionString,
        };
        await new DatabaseMigrator(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken);

        var port = FreePort();
        var mail = Path.Combine(Path.GetTempPath(), "platform-bench-mail-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ApiAssembly());
        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["ConnectionStrings__Platform"] = database.AppConnectionString;
        environment["ConnectionStrings__Owner"] = database.OwnerConnectionString;
        environment["Database__MigrateOnStartup"] = "false";
        environment["Jobs__Enabled"] = "false";
        environment["Email__Provider"] = "Pickup";
        environment["Email__PickupDirectory"] = mail;
        environment["GraphQL__ClientRequestsPerMinute"] = "10000000";
        environment["GraphQL__TenantRequestsPerMinute"] = "10000000";
        environment["Logging__LogLevel__Default"] = "Warning";
        // Server GC (the API's setting) sizes its heaps generously, which shows in RSS; workstation GC is closer to what is live.
        if (workstationGC) environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine("  server: " + line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), mail, database);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The API exited with {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync("/health/ready", cancellationToken)).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline) throw new TimeoutException("The API did not become ready within 60 s.");
            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>A plain HttpClient to the server's address.</summary>
    public HttpClient Http() => new() { BaseAddress = BaseAddress };

    /// <summary>Resident memory of the server process (VmRSS), in bytes.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (Directory.Exists(_mailDirectory)) Directory.Delete(_mailDirectory, true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>src/Platform.Api/bin/Release/net10.0/Platform.Api.dll, which building this benchmark builds.</summary>
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
