using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Platform.Api.GraphQL;

/// <summary>
/// Fair limits on GraphQL, over HTTP and WebSocket alike: each client has its own fixed window in each
/// organization (and one outside any organization), and each organization a higher ceiling over all its
/// clients. The client's window is asked first, so a request refused there spends none of the
/// organization's permits: one noisy client cannot make an organization's pages answer 429 for everyone.
/// </summary>
public sealed class PlatformRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<RateLimitKey> _limiter;

    public PlatformRateLimiter(IOptions<GraphQLOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<RateLimitKey, RateLimitKey>(key => Window(key, settings.ClientRequestsPerMinute)),
            PartitionedRateLimiter.Create<RateLimitKey, Guid>(key => key.TenantId is { } tenant
                ? Window(tenant, settings.TenantRequestsPerMinute)
                : RateLimitPartition.GetNoLimiter(Guid.Empty)));
    }

    /// <summary>Takes one permit: null when granted, else how long to wait.</summary>
    public TimeSpan? TryAcquire(RateLimitKey key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    public static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _limiter.Dispose();

    private static RateLimitPartition<TKey> Window<TKey>(TKey key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
