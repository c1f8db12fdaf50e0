using System.Net;

namespace Platform.Api.Identity;

/// <summary>
/// The shell of the small server-rendered account pages: plain forms, no JavaScript, one stylesheet, and no
/// Referer, because these pages' own URLs may carry an emailed token.
/// </summary>
internal static class HtmlPage
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto;padding:0 1rem}label{display:block;margin:.75rem 0}"
        + "input{width:100%;padding:.5rem;box-sizing:border-box}button{padding:.6rem 1.2rem}";

    /// <param name="body">Markup; everything taken from the request must already be encoded (<see cref="Encode"/>).</param>
    public static IResult Render(string title, string body, int statusCode = StatusCodes.Status200OK)
    {
        var html = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>{Encode(title)} · Platform</title>
            <style>{Style}</style>
            </head><body>
            <h1>{Encode(title)}</h1>
            {body}
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// True when a form post comes from another site: its Origin header names another host. Browsers send Origin on every
    /// cross-site POST, so a page's form cannot be submitted from someone else's page (CSRF); the sign-in cookie is
    /// SameSite=Lax too. Posts without Origin (old browsers, scripts) carry no victim's cookie to abuse.
    /// </summary>
    public static bool IsCrossSitePost(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return true;
        var publicHost = request.HttpContext.RequestServices.GetService<PublicAddress>()?.Base.Authority;
        return !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(uri.Authority, publicHost, StringComparison.OrdinalIgnoreCase);
    }

    public static IResult CrossSiteRefused() =>
        Render("Not allowed", Alert("This form can only be sent from this site's own page."), StatusCodes.Status403Forbidden);

    /// <summary>An alert paragraph, or nothing.</summary>
    public static string Alert(string? message) =>
        message is null ? "" : $"<p role=\"alert\" style=\"color:#b00020\">{Encode(message)}</p>";
}
