using System.Globalization;
using System.Threading.RateLimiting;
using Platform.Tenancy.Resolution;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.GraphQL;

/// <summary>
/// Per-organization and per-client fixed windows on the GraphQL endpoint, chained: a request needs
/// a permit from both, so one noisy client cannot starve its organization and one organization
/// cannot starve the platform. Rejections are 429 with Retry-After.
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(GraphQLOptions.Section).Get<GraphQLOptions>() ?? new GraphQLOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Window(context, "tenant:" + TenantKey(context), settings.TenantRequestsPerMinute)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Window(context, "client:" + ClientKey(context), settings.ClientRequestsPerMinute)));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "application/json; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    """{"errors":[{"message":"Too many requests; retry later.","extensions":{"code":"RATE_LIMITED"}}]}""", cancellationToken);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Window(HttpContext context, string key, int permits)
    {
        // Only GraphQL is limited here; health checks, sign-in and static assets are not.
        if (!context.Request.Path.StartsWithSegments("/graphql")) return RateLimitPartition.GetNoLimiter("unlimited");
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static string TenantKey(HttpContext context) =>
        context.Features.Get<TenantResolutionResult>()?.Tenant?.Id.ToString() ?? "none";

    private static string ClientKey(HttpContext context) =>
        context.User.FindFirst(Claims.Subject)?.Value
        ?? context.Connection.RemoteIpAddress?.ToString()
        ?? "unknown";
}
