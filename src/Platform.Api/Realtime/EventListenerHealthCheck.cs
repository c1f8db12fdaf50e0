using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Api.Realtime;

/// <summary>
/// Not ready while the LISTEN connection is down: its subscribers would hear nothing, so a load
/// balancer should send new connections to an instance that hears events.
/// </summary>
public sealed class EventListenerHealthCheck(EventListener listener) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(listener.IsListening
            ? HealthCheckResult.Healthy("Listening for real-time events.")
            : HealthCheckResult.Unhealthy("Not listening for real-time events (reconnecting)."));
}
