using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.RateLimiting;

namespace Platform.Api.GraphQL;

/// <summary>
/// Fair limits on GraphQL, over HTTP and WebSocket alike, held across all instances (their counts meet in
/// PostgreSQL, see <see cref="SharedFixedWindow"/>): each client has its own fixed window in each organization
/// (and one outside any organization), and each organization a higher ceiling over all its clients. The client's
/// window is asked first, so a request refused there spends none of the organization's permits: one noisy client
/// cannot make an organization's pages answer 429 for everyone.
/// </summary>
public sealed class PlatformRateLimiter
{
    /// <summary>Instances claim this share of a limit from the shared counter at a time (at least one permit).</summary>
    public const int BatchPercent = 10;

    public PlatformRateLimiter(IOptions<GraphQLOptions> options, SharedWindowCounter counter, ILogger<PlatformRateLimiter> logger)
        : this(options.Value, counter, TimeProvider.System, logger)
    {
    }

    /// <param name="clock">Windows follow real time (not a test host's shifted clock), like every instance's.</param>
    internal PlatformRateLimiter(GraphQLOptions settings, SharedWindowCounter counter, TimeProvider clock, ILogger logger)
    {
        Clients = new SharedFixedWindow("c:", settings.ClientRequestsPerMinute, BatchOf(settings.ClientRequestsPerMinute),
            counter, clock, logger);
        Tenants = new SharedFixedWindow("t:", settings.TenantRequestsPerMinute, BatchOf(settings.TenantRequestsPerMinute),
            counter, clock, logger);
    }

    public SharedFixedWindow Clients { get; }

    public SharedFixedWindow Tenants { get; }

    /// <summary>Takes one permit: null when granted, else how long to wait.</summary>
    public async ValueTask<TimeSpan?> TryAcquireAsync(RateLimitKey key, CancellationToken cancellationToken)
    {
        var tenant = key.TenantId?.ToString("N") ?? "-";
        if (await Clients.TryAcquireAsync(tenant + "/" + key.Client, cancellationToken) is { } wait) return wait;
        return key.TenantId is null ? null : await Tenants.TryAcquireAsync(tenant, cancellationToken);
    }

    public static int BatchOf(int limit) => Math.Max(1, limit * BatchPercent / 100);

    public static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
