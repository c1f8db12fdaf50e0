using Microsoft.Extensions.Options;
using Platform.Api;
using Platform.Api.Cli;

// The container's HEALTHCHECK: one GET of /health/live, before (and without) building the host.
if (args.FirstOrDefault() == HealthCheckCommand.Name) return await HealthCheckCommand.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
// The first argument: `api` (or none) serves the application, `worker` only runs its background work (PlatformRole).
builder.AddPlatformRole(args).AddPlatform();

var app = builder.Build();
app.UsePlatform();

// `migrate`, `seed-demo`, `export-schema` and `migration-sql` run once and exit; otherwise prepare and serve.
if (await app.TryRunCommandAsync(args)) return 0;
try
{
    // Every setting is checked before anything is served (or migrated): a bad value stops the process
    // with one line naming it, instead of failing the first request that reads it.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    await app.PrepareAsync();
}
catch (Exception e) when (SettingsFailures.Of(e) is { Count: > 0 } failures)
{
    foreach (var failure in failures) await Console.Error.WriteLineAsync($"platform: invalid setting: {failure}");
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
