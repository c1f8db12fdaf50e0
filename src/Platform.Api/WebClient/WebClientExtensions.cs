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
        if (!app.Environment.WebRootFileProvider.GetFileInfo(WebClientPage.IndexFile).Exists)
        {
            app.MapGet("/", () => Results.Redirect("/graphql"));
            return app;
        }

        app.UseMiddleware<WebClientMiddleware>();
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
}
