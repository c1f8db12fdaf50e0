namespace Platform.Api.WebClient;

/// <summary>
/// The React client (web/, built by web/WebClient.targets into wwwroot/app): its files under /app/ and its page
/// at the addresses a person opens (/, /callback, /t/{slug}/…). Without a built client, / still leads to GraphiQL.
/// </summary>
public static class WebClientExtensions
{
    /// <summary>
    /// Call before UseStaticFiles: the middleware sets the cache headers of the files static files serves under /app/,
    /// and answers the page when routing found no endpoint (it looks after the rest of the pipeline has run).
    /// </summary>
    public static WebApplication UseWebClient(this WebApplication app)
    {
        // Browsers ask every page's origin for /favicon.ico (the server's own sign-in and account pages too): an answer
        // instead of a 404 in every console.
        app.MapMethods("/favicon.ico", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=604800";
            return Results.Text(FavIcon, "image/svg+xml");
        });
        if (!app.Environment.WebRootFileProvider.GetFileInfo(WebClientPage.IndexFile).Exists)
        {
            app.MapGet("/", () => Results.Redirect("/graphql"));
            return app;
        }

        app.UseMiddleware<WebClientMiddleware>();
        app.UseMiddleware<PrecompressedAssets>();
        // "/" (and /t/{slug}) is the client's home page for a browser; anything else asking there still goes to GraphiQL.
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], async context =>
        {
            if (WebClientPage.IsNavigation(context.Request) && WebClientPage.PageOf(context) is { } embeddable)
                await WebClientPage.WriteAsync(context, embeddable);
            else
                context.Response.Redirect("/graphql");
        });
        return app;
    }

    private const string FavIcon =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">"
        + "<rect width=\"32\" height=\"32\" rx=\"8\" fill=\"#3b5bdb\"/></svg>";
}
