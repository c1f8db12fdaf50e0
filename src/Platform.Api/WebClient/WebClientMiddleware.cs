namespace Platform.Api.WebClient;

/// <summary>
/// Gives the files static files serves under /app/ their cache headers, and answers the client's page to a browser
/// opening one of its addresses that no endpoint takes. It runs before tenant resolution and routing and decides
/// after them: an unknown organization keeps the tenancy 404, an endpoint keeps its answer (GraphiQL at /graphql,
/// the account pages), and anything that is not a page load keeps the plain 404.
/// </summary>
internal sealed class WebClientMiddleware(RequestDelegate next)
{
    private static readonly PathString Files = "/app";
    private static readonly PathString Assets = "/app/assets";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(Files, StringComparison.OrdinalIgnoreCase, out var file))
            context.Response.OnStarting(SetFileHeaders, (context, file));

        await next(context);

        if (!context.Response.HasStarted && context.Response.StatusCode == StatusCodes.Status404NotFound
            && context.GetEndpoint() is null && WebClientPage.IsNavigation(context.Request)
            && WebClientPage.PageOf(context) is { } embeddable)
            await WebClientPage.WriteAsync(context, embeddable);
    }

    private static Task SetFileHeaders(object state)
    {
        var (context, file) = ((HttpContext, PathString))state;
        var status = context.Response.StatusCode;
        if (status is not (StatusCodes.Status200OK or StatusCodes.Status206PartialContent or StatusCodes.Status304NotModified))
            return Task.CompletedTask;
        var hashed = context.Request.Path.StartsWithSegments(Assets, StringComparison.OrdinalIgnoreCase);
        if (!hashed && IsHtml(file)) WebClientHeaders.SetPageHeaders(context, embeddable: false);
        context.Response.Headers.CacheControl = hashed ? WebClientHeaders.Immutable : WebClientHeaders.Revalidate;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Task.CompletedTask;
    }

    private static bool IsHtml(PathString file) =>
        file.Value is null or "" or "/" || file.Value.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
}
