namespace Platform.Api.GraphQL.Transport;

/// <summary>
/// Serves the GraphiQL IDE to browsers that open /graphql. Its assets are copied from npm at build
/// time into wwwroot/graphiql-assets (web/graphiql/GraphiQL.targets) and served locally: no CDN.
/// </summary>
public sealed class GraphiQLPage(IWebHostEnvironment environment)
{
    public async Task WriteAsync(HttpContext context)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("graphiql-assets/index.html");
        if (!file.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("GraphiQL assets were not built; run a build with npm available.", context.RequestAborted);
            return;
        }

        await using var stream = file.CreateReadStream();
        // The page's <base href="/graphiql-assets/"> makes its asset URLs work under /t/{slug}/graphql too.
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
