using Microsoft.Net.Http.Headers;
using Platform.Tenancy.Resolution;

namespace Platform.Api.WebClient;

/// <summary>
/// Serves the single-page client's index.html to a browser opening one of its addresses that no endpoint takes,
/// and gives the files static files serves under /app/ their cache headers. It runs before tenant resolution and
/// routing and decides after them: an unknown organization keeps the tenancy 404, an endpoint keeps its answer
/// (GraphiQL at /graphql, the account pages), and anything that is not a page navigation keeps the plain 404.
/// </summary>
internal sealed class WebClientMiddleware(RequestDelegate next, IWebHostEnvironment environment)
{
    public const string IndexFile = "app/index.html";

    private static readonly PathString Files = "/app";
    private static readonly PathString Assets = "/app/assets";
    private static readonly PathString Tenants = "/t";

    /// <summary>The client's pages outside any organization (see web/src: the router's top-level routes).</summary>
    private static readonly HashSet<string> GlobalPages = new(StringComparer.OrdinalIgnoreCase)
    {
        "/", "/callback", "/signup", "/forgot-password", "/reset-password", "/confirm-email",
    };

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(Files, StringComparison.OrdinalIgnoreCase, out var file))
            context.Response.OnStarting(SetFileHeaders, (context, file));

        await next(context);

        if (IsUnansweredNavigation(context) && PageOf(context) is { } embeddable)
            await WriteIndexAsync(context, embeddable);
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

    /// <summary>A browser's page load (GET or HEAD asking for HTML) that went through the pipeline untaken.</summary>
    private static bool IsUnansweredNavigation(HttpContext context)
    {
        var request = context.Request;
        if (context.Response.HasStarted || context.Response.StatusCode != StatusCodes.Status404NotFound) return false;
        if (context.GetEndpoint() is not null) return false;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        return request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Null when the address is none of the client's; otherwise whether the page may be framed by other sites.
    /// Under /t/{slug} tenant resolution has run: no result means it answered itself (unknown or suspended slug).
    /// </summary>
    private static bool? PageOf(HttpContext context)
    {
        var resolution = context.Features.Get<TenantResolutionResult>();
        if (resolution is null) return null;
        var path = (context.Request.Path.Value ?? "").TrimEnd('/');
        if (resolution.Tenant is null) return GlobalPages.Contains(path.Length == 0 ? "/" : path) ? false : null;
        // A tenant named by a header or a host name is no address of the client's.
        if (!context.Request.PathBase.StartsWithSegments(Tenants, StringComparison.Ordinal)) return null;
        return path.Equals("/embed", StringComparison.OrdinalIgnoreCase);
    }

    private async Task WriteIndexAsync(HttpContext context, bool embeddable)
    {
        var index = environment.WebRootFileProvider.GetFileInfo(IndexFile);
        if (!index.Exists) return;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = index.Length;
        WebClientHeaders.SetPageHeaders(context, embeddable);
        response.Headers[HeaderNames.LastModified] = index.LastModified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.SendFileAsync(index, context.RequestAborted);
    }
}
