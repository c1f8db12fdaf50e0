using Platform.Api;
using Platform.Api.Cli;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();

var app = builder.Build();
app.UsePlatform();

// `migrate`, `seed-demo` and `export-schema` run once and exit; otherwise prepare and serve.
if (await app.TryRunCommandAsync(args)) return;
await app.PrepareAsync();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
