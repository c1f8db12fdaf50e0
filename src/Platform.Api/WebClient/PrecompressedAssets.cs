using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Platform.Api.WebClient;

/// <summary>
/// Serves the client's hashed files from the Brotli (.br) or gzip (.gz) copies the build writes next to them
/// (web/scripts/postbuild.mjs, at the highest levels), when the browser accepts them: a phone on a slow network
/// downloads a third of the bytes, and the server compresses nothing at request time. Anything else falls through
/// to static files.
/// </summary>
internal sealed class PrecompressedAssets(RequestDelegate next, IWebHostEnvironment environment)
{
    private static readonly PathString Assets = "/app/assets";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.StartsWithSegments(Assets, StringComparison.OrdinalIgnoreCase)
            && ContentTypes.TryGetContentType(request.Path.Value!, out var contentType)
            && Compressed(request) is { } found)
        {
            var (encoding, file) = found;
            var response = context.Response;
            response.ContentType = contentType;
            response.ContentLength = file.Length;
            response.Headers.ContentEncoding = encoding;
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (HttpMethods.IsHead(request.Method)) return;
            await response.SendFileAsync(file, context.RequestAborted);
            return;
        }

        await next(context);
    }

    private (string Encoding, Microsoft.Extensions.FileProviders.IFileInfo File)? Compressed(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        foreach (var (encoding, suffix) in Encodings)
        {
            var acceptsIt = accepted.Any(value =>
                value.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) && value.Quality is not 0);
            if (!acceptsIt) continue;
            var file = environment.WebRootFileProvider.GetFileInfo(request.Path.Value + suffix);
            if (file.Exists && !file.IsDirectory) return (encoding, file);
        }

        return null;
    }
}
