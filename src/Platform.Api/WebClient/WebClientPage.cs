using Microsoft.Net.Http.Headers;
using Platform.Tenancy.Resolution;

namespace Platform.Api.WebClient;

/// <summary>The client's index.html, answered to a browser's page load at one of the client's addresses.</summary>
internal static class WebClientPage
{
    public const string IndexFile = "app/index.html";

    private static readonly PathString Tenants = "/t";

    /// <summary>The client's pages outside any organization (web/src/app: the router's top-level routes).</summary>
    private static readonly HashSet<string> GlobalPages = new(StringComparer.OrdinalIgnoreCase)
    {
        "/", "/callback", "/signup", "/forgot-password", "/reset-password", "/confirm-email",
    };

    /// <summary>A browser loading a page: GET or HEAD asking for HTML (fetches and API clients do not).</summary>
    public static bool IsNavigation(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Null when the address is none of the client's; otherwise whether the page may be framed by other sites.
    /// Under /t/{slug} tenant resolution has run: no result means it answered itself (unknown or suspended slug).
    /// </summary>
    public static bool? PageOf(HttpContext context)
    {
        var resolution = context.Features.Get<TenantResolutionResult>();
        if (resolution is null) return null;
        var path = (context.Request.Path.Value ?? "").TrimEnd('/');
        if (resolution.Tenant is null) return GlobalPages.Contains(path.Length == 0 ? "/" : path) ? false : null;
        // A tenant named by a header or a host name is no address of the client's.
        if (!context.Request.PathBase.StartsWithSegments(Tenants, StringComparison.Ordinal)) return null;
        return path.Equals("/embed", StringComparison.OrdinalIgnoreCase);
    }

    public static async Task WriteAsync(HttpContext context, bool embeddable)
    {
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var index = environment.WebRootFileProvider.GetFileInfo(IndexFile);
        var response = context.Response;
        if (!index.Exists)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = index.Length;
        WebClientHeaders.SetPageHeaders(context, embeddable);
        response.Headers[HeaderNames.LastModified] = index.LastModified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.SendFileAsync(index, context.RequestAborted);
    }
}
