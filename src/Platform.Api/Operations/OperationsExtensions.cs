using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Platform.Api.Data;

namespace Platform.Api.Operations;

/// <summary>
/// Health endpoints, structured logs and OpenTelemetry (collected and exported only when an OTLP
/// endpoint is configured).
/// </summary>
public static class OperationsExtensions
{
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddPlatformOperations(this IHostApplicationBuilder builder)
    {
        // JSON logs outside development, one object per line with a UTC timestamp, scopes included (trace ids).
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.TimestampFormat = "O";
                options.UseUtcTimestamp = true;
            });
        }

        builder.Services.AddHealthChecks()
            .AddCheck<MigrationsAppliedHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<ShutdownHealthCheck>("shutdown", tags: [ReadyTag]);

        // Traces and metrics cost work on every request: collect them only when there is somewhere to send them.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("platform-api"))
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql())
                .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeMeters())
                .UseOtlpExporter();
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapPlatformHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }

    /// <summary>The runtime's, ASP.NET Core's and Npgsql's built-in meters (no instrumentation package needed).</summary>
    private static MeterProviderBuilder AddRuntimeMeters(this MeterProviderBuilder metrics) =>
        metrics.AddMeter("System.Runtime", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Npgsql");

    /// <summary>Not ready once the host is stopping (SIGTERM): a load balancer still asking sends nothing new here.</summary>
    private sealed class ShutdownHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
                ? HealthCheckResult.Unhealthy("Shutting down.")
                : HealthCheckResult.Healthy("Serving."));
    }

    /// <summary>Ready means: the database answers, as the application role, and no migration is pending.</summary>
    private sealed class MigrationsAppliedHealthCheck(PlatformDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                return pending.Count == 0
                    ? HealthCheckResult.Healthy("Database reachable; migrations applied.")
                    : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending.");
            }
            catch (NpgsqlException e)
            {
                return HealthCheckResult.Unhealthy("Database unreachable.", e);
            }
        }
    }
}
