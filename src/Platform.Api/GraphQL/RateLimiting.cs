using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.Tenancy.Resolution;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.GraphQL;

/// <summary>Who is asking, for rate limits: the organization (if any) and the client within it.</summary>
public readonly record struct RateLimitKey(Guid? TenantId, string Client)
{
    /// <summary>
    /// The client is the token's subject (a signed-in user's id, or an integration client's id), else
    /// the caller's address: the TCP peer's, since no proxy's forwarded headers are trusted.
    /// </summary>
    public static RateLimitKey For(ClaimsPrincipal principal, Guid? tenantId, IPAddress? address) =>
        new(tenantId, principal.FindFirst(Claims.Subject)?.Value is { } subject
            ? "sub:" + subject
            : "ip:" + (address?.ToString() ?? "unknown"));

    public static RateLimitKey For(HttpContext context) =>
        For(context.User, context.Features.Get<TenantResolutionResult>()?.Tenant?.Id, context.Connection.RemoteIpAddress);
}

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

/// <summary>
/// Limits GraphQL requests (a WebSocket's upgrade included); over the limit: 429 with Retry-After and a
/// GraphQL-shaped body.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, PlatformRateLimiter limiter)
{
    public const string Code = "RATE_LIMITED";

    public async Task InvokeAsync(HttpContext context)
    {
        // Only GraphQL is limited here; health checks, sign-in and static assets are not.
        if (!context.Request.Path.StartsWithSegments("/graphql") || limiter.TryAcquire(RateLimitKey.For(context)) is not { } wait)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = PlatformRateLimiter.Seconds(wait);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(
            """{"errors":[{"message":"Too many requests; retry later.","extensions":{"code":"RATE_LIMITED"}}]}""", context.RequestAborted);
    }
}
