using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Platform.IntegrationTests.Deployment;

/// <summary>
/// What the container image holds, without Docker: <c>dotnet publish</c> of the API (once per test class, from the
/// build the tests already made), the Dockerfile's runtime stage (<see cref="DockerfileSpec"/>), a database of its own,
/// and the PFX files Production requires, as a Secret volume would mount them. <see cref="Start"/> runs the
/// entrypoint with a role, in the image's environment only (nothing inherited from the test run but PATH),
/// "/tmp" standing for a directory of its own.
/// </summary>
public sealed class PublishedImage : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "platform-image-" + Guid.NewGuid().ToString("N")[..12]);

    public DockerfileSpec Spec { get; } = DockerfileSpec.Load();

    public TestDatabase Database { get; private set; } = null!;

    /// <summary>The published app: the image's WORKDIR (read-only in Kubernetes).</summary>
    public string AppDirectory => Path.Combine(_root, "app");

    /// <summary>Stands for the container's /tmp, the only writable place.</summary>
    public string TmpDirectory => Path.Combine(_root, "tmp");

    private string SecretsDirectory => Path.Combine(_root, "secrets");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(TmpDirectory);
        Directory.CreateDirectory(SecretsDirectory);
        var publish = await Exec("dotnet", DockerfileSpec.RepositoryRoot(), TimeSpan.FromMinutes(4), "publish",
            "src/Platform.Api/Platform.Api.csproj", "-c", "Release", "--no-build", "-o", AppDirectory,
            "-p:UseAppHost=false", "-p:WebClientSkip=true", "-v", "quiet", "-nologo");
        if (publish.ExitCode != 0) throw new InvalidOperationException("dotnet publish failed: " + publish.Output);
        WriteCertificate("signing.pfx", X509KeyUsageFlags.DigitalSignature);
        WriteCertificate("encryption.pfx", X509KeyUsageFlags.KeyEncipherment);
        Database = await TestDatabase.CreateAsync("platform_test");
    }

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file: the temp directory is cleaned another day.
        }
    }

    /// <summary>
    /// The settings a deployment gives every role (the Helm chart's Secret and ConfigMap): the application connection,
    /// the public address (the ingress's, not the pod's), the OpenIddict keys. The owner connection only for <c>migrate</c>.
    /// </summary>
    public Dictionary<string, string> DeploymentSettings() => new()
    {
        ["ConnectionStrings__Platform"] = Database.AppConnectionString,
        ["Platform__PublicUrl"] = "https://platform.example.test",
        ["Identity__SigningCertificatePath"] = Path.Combine(SecretsDirectory, "signing.pfx"),
        ["Identity__SigningCertificatePassword"] = "image-test",
        ["Identity__EncryptionCertificatePath"] = Path.Combine(SecretsDirectory, "encryption.pfx"),
        ["Identity__EncryptionCertificatePassword"] = "image-test",
    };

    /// <summary>Starts <c>ENTRYPOINT + [role]</c> (no role: ENTRYPOINT + CMD) in WORKDIR with the image's ENV and <paramref name="settings"/>.</summary>
    public Process Start(string? role, IReadOnlyDictionary<string, string> settings, out int port)
    {
        port = FreePort();
        var entry = Spec.Entrypoint;
        var start = new ProcessStartInfo(entry[0])
        {
            WorkingDirectory = AppDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in entry.Skip(1)) start.ArgumentList.Add(arg);
        foreach (var arg in role is null ? Spec.Cmd : [role]) start.ArgumentList.Add(arg);
        start.Environment.Clear();
        start.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH");
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { } dotnetRoot) start.Environment["DOTNET_ROOT"] = dotnetRoot;
        foreach (var (key, value) in Spec.Environment) start.Environment[key] = InContainer(value);
        start.Environment["ASPNETCORE_URLS"] = DockerfileSpec.WithPort(Spec.Environment["ASPNETCORE_URLS"], port);
        foreach (var (key, value) in settings) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>What the processes printed (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    private readonly System.Text.StringBuilder _output = new();

    private void Log(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>The image's paths on this machine: /tmp is <see cref="TmpDirectory"/>, the WORKDIR <see cref="AppDirectory"/>.</summary>
    private string InContainer(string value) => value == "/tmp" ? TmpDirectory : value.Replace(Spec.WorkDir, AppDirectory, StringComparison.Ordinal);

    public static async Task<(int ExitCode, string Output)> Exec(string file, string directory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private void WriteCertificate(string name, X509KeyUsageFlags usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=platform-image-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(Path.Combine(SecretsDirectory, name), certificate.Export(X509ContentType.Pfx, "image-test"));
    }
}
