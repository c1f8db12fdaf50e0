using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Platform.IntegrationTests.Settings;

/// <summary>
/// A bad setting stops the process before it serves or touches the database, with one line naming the
/// setting and exit code 1; a host started in-process refuses with the same failure.
/// </summary>
public sealed class InvalidSettingsTests
{
    [Theory]
    [InlineData("Stripe__WebhookToleranceSeconds", "0", "Stripe:WebhookToleranceSeconds must be between 1 and 86400")]
    [InlineData("Identity__AccessTokenLifetime", "-00:01:00", "Identity:AccessTokenLifetime must be between 00:00:01 and 365.00:00:00")]
    [InlineData("Email__Provider", "Carrier-Pigeon", "Email:Provider must be Pickup, Smtp or SendGrid")]
    [InlineData("Database__MaxPoolSize", "0", "Database:MaxPoolSize must be between 1 and 10000")]
    [InlineData("Tenancy__CacheSeconds", "-1", "Tenancy:CacheSeconds must be between 0 and 86400")]
    [InlineData("Jobs__WorkerCount", "0", "Jobs:WorkerCount must be between 1 and 1000")]
    [InlineData("Bookings__SettingsCacheSeconds", "-1", "Bookings:SettingsCacheSeconds must be between 0 and 86400")]
    [InlineData("Platform__PublicUrl", "not a url", "Platform:PublicUrl is not a valid fully-qualified http, https, or ftp URL")]
    [InlineData("Stripe__MaxNetworkRetries", "many", "Failed to convert configuration value 'many' at 'Stripe:MaxNetworkRetries' to type 'System.Int32'")]
    public async Task A_bad_setting_stops_the_process_with_one_line_naming_it(string variable, string value, string message)
    {
        var (exitCode, output, errors) = await RunApiAsync((variable, value));

        Assert.True(exitCode == 1, $"exit code {exitCode}; stdout: {output}; stderr: {errors}");
        Assert.Equal($"platform: invalid setting: {message}", errors.Trim());
    }

    [Fact]
    public async Task A_key_ring_certificate_that_cannot_be_read_stops_the_process_naming_the_setting()
    {
        var (exitCode, output, errors) = await RunApiAsync(("DataProtection__CertificatePath", "/nonexistent/key-ring.pfx"));

        Assert.True(exitCode == 1, $"exit code {exitCode}; stdout: {output}; stderr: {errors}");
        Assert.StartsWith("platform: invalid setting: DataProtection:CertificatePath: cannot be read", errors.Trim());
    }

    [Fact]
    public async Task Two_bad_settings_are_both_named_one_line_each()
    {
        var (exitCode, _, errors) = await RunApiAsync(("Stripe__WebhookToleranceSeconds", "0"), ("Tenancy__CacheSize", "0"));

        Assert.Equal(1, exitCode);
        var lines = errors.Trim().Split('\n').Select(l => l.TrimEnd('\r')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "platform: invalid setting: Stripe:WebhookToleranceSeconds must be between 1 and 86400",
                "platform: invalid setting: Tenancy:CacheSize must be between 1 and 10000000",
            ],
            lines);
    }

    [Fact]
    public void The_start_validator_of_an_in_process_host_refuses_a_bad_setting_naming_it()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Platform", UnreachableDatabase);
            builder.UseSetting("Jobs:Enabled", "false");
            builder.UseSetting("Identity:RefreshTokenLifetime", "00:00:00");
        });

        // What Program does before it serves: every registered setting is checked at once.
        var validator = factory.Services.GetRequiredService<IStartupValidator>();
        var invalid = Assert.Throws<OptionsValidationException>(validator.Validate);
        Assert.Contains("Identity:RefreshTokenLifetime must be between 00:00:01 and 365.00:00:00", invalid.Failures);
    }

    /// <summary>Settings are checked before any connection is opened: nothing listens here.</summary>
    private const string UnreachableDatabase = "Host=127.0.0.1;Port=9;Database=none;Username=none;Password=none;Timeout=1";

    /// <summary>Runs the built API as ./platform does (its own process, from its project directory).</summary>
    private static async Task<(int ExitCode, string Output, string Errors)> RunApiAsync(params (string Name, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Platform.Api.dll") },
            WorkingDirectory = ApiProjectDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Platform"] = UnreachableDatabase;
        start.Environment["ConnectionStrings__Owner"] = UnreachableDatabase;
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["Database__MigrateOnStartup"] = "false";
        foreach (var (name, value) in settings) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the API did not stop on a bad setting; stdout: {await output}; stderr: {await errors}");
        }

        return (process.ExitCode, await output, await errors);
    }

    private static string ApiProjectDirectory([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "src", "Platform.Api"));
}
