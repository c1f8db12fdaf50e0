using Microsoft.Net.Http.Headers;

namespace Platform.Api.GraphQL.Transport;

/// <summary>Negotiates the response media type from Accept, as the GraphQL-over-HTTP spec describes.</summary>
public static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The chosen type, or null when the client accepts neither (406).</summary>
    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0) return Json;
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted) || accepted.Count == 0) return Json;

        // Highest quality first; ties keep the client's order (the sort is stable).
        foreach (var media in accepted.OrderByDescending(m => m.Quality ?? 1.0))
        {
            if (media.Quality == 0) continue;
            var type = media.MediaType.Value ?? "";
            if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
            if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*") return Json;
        }

        return null;
    }

    /// <summary>True for a browser navigation, which gets the GraphiQL page.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.GetTypedHeaders().Accept.Any(a => string.Equals(a.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase));
}
