using System.Diagnostics;
using Platform.Tenancy.Resolution;

namespace Platform.Api.Operations;

/// <summary>
/// One structured line per request at Information: method, route, tenant, GraphQL operation, status,
/// duration and trace id. Only the route (or path) is logged, never the query string, headers or body,
/// where tokens, passwords and emails travel. A WebSocket's line comes when it closes.
/// </summary>
internal sealed class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    private const string OperationKey = "platform.request-log.operation";

    /// <summary>Names the GraphQL operation a request ran, for its line.</summary>
    public static void SetOperation(HttpContext context, string operation) => context.Items[OperationKey] = operation;

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? Shorten(context.Request.Path.Value);
            logger.LogInformation(
                "{Method} {Route} answered {Status} in {DurationMs} ms (tenant {Tenant}, operation {Operation}, trace {TraceId})",
                context.Request.Method,
                route,
                context.Response.StatusCode,
                Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1),
                context.Features.Get<TenantResolutionResult>()?.Identifier ?? "-",
                context.Items[OperationKey] as string ?? "-",
                Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier);
        }
    }

    private static string Shorten(string? path) => path is null ? "/" : path.Length <= 100 ? path : path[..100] + "…";
}
