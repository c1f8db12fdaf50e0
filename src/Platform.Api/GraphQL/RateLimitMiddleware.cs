namespace Platform.Api.GraphQL;

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
        if (!context.Request.Path.StartsWithSegments("/graphql")
            || await limiter.TryAcquireAsync(RateLimitKey.For(context), context.RequestAborted) is not { } wait)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = PlatformRateLimiter.Seconds(wait);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(
            """{"errors":[{"message":"Too many requests; retry later.","extensions":{"code":"RATE_LIMITED"}}]}""",
            context.RequestAborted);
    }
}
