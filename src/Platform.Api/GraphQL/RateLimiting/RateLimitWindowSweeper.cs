using Npgsql;

namespace Platform.Api.GraphQL.RateLimiting;

/// <summary>
/// Once a minute: deletes the shared counter's past windows (any instance may; deleting twice is harmless) and
/// forgets this instance's allowances of past windows, so neither grows with the number of clients ever seen.
/// </summary>
internal sealed class RateLimitWindowSweeper(
    PlatformRateLimiter limiter, SharedWindowCounter counter, ILogger<RateLimitWindowSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SharedFixedWindow.Length);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = TimeProvider.System.GetUtcNow();
                limiter.Clients.Prune(now);
                limiter.Tenants.Prune(now);
                try
                {
                    await counter.SweepAsync(SharedFixedWindow.Length, stoppingToken);
                }
                catch (Exception e) when (e is NpgsqlException or TimeoutException)
                {
                    logger.LogWarning(e, "Could not sweep past rate limit windows; trying again in a minute");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
