using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Platform.Api.GraphQL.Transport;

/// <summary>
/// Reads GET query strings and POST JSON bodies into <see cref="GraphQLHttpRequest"/>, refusing
/// anything malformed with the status the GraphQL-over-HTTP spec (and the graphql-http audit) expects.
/// </summary>
public static class GraphQLRequestReader
{
    public static async Task<(GraphQLHttpRequest? Request, TransportError? Error)> ReadAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method)) return FromQueryString(request.Query);

        if (!IsJsonContentType(request.ContentType))
            return (null, new TransportError(StatusCodes.Status415UnsupportedMediaType,
                "POST requests must have Content-Type: application/json.", "UNSUPPORTED_MEDIA_TYPE"));
        if (request.ContentLength > maxBytes)
            return (null, TooLarge(maxBytes));

        var body = await ReadBodyAsync(request.BodyReader, maxBytes, cancellationToken);
        if (body is null) return (null, TooLarge(maxBytes));
        if (body.Length == 0) return (null, BadRequest("The request body is empty."));
        // JSON strings are decoded lazily; invalid UTF-8 would otherwise surface later as an unexpected error.
        if (!System.Text.Unicode.Utf8.IsValid(body)) return (null, BadRequest("The request body is not valid UTF-8."));

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind == JsonValueKind.Array) return (null, BadRequest("Batched requests are not supported."));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, BadRequest("The request body must be a JSON object."));
            return FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            return (null, BadRequest("The request body is not valid JSON."));
        }
    }

    private static (GraphQLHttpRequest?, TransportError?) FromQueryString(IQueryCollection query)
    {
        string? Single(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;

        JsonElement? variables = null, extensions = null;
        if (Single("variables") is { Length: > 0 } rawVariables)
        {
            if (!TryParseObject(rawVariables, out variables)) return (null, BadRequest("'variables' must be a JSON object."));
        }

        if (Single("extensions") is { Length: > 0 } rawExtensions)
        {
            if (!TryParseObject(rawExtensions, out extensions)) return (null, BadRequest("'extensions' must be a JSON object."));
        }

        return Complete(new GraphQLHttpRequest(
            Single("query"), NullIfEmpty(Single("operationName")), variables, extensions, NullIfEmpty(Single("documentId"))));
    }

    /// <summary>The payload of a WebSocket <c>subscribe</c> message: the same fields as a POST body.</summary>
    public static (GraphQLHttpRequest? Request, TransportError? Error) FromPayload(JsonElement payload) =>
        payload.ValueKind == JsonValueKind.Object ? FromJson(payload) : (null, BadRequest("The payload must be a JSON object."));

    private static (GraphQLHttpRequest?, TransportError?) FromJson(JsonElement root)
    {
        if (!JsonText.IsWellFormed(root)) return (null, BadRequest(JsonText.LoneSurrogateMessage));
        if (!TryString(root, "query", out var query)) return (null, BadRequest("'query' must be a string."));
        if (!TryString(root, "operationName", out var operationName)) return (null, BadRequest("'operationName' must be a string."));
        if (!TryString(root, "documentId", out var documentId)) return (null, BadRequest("'documentId' must be a string."));
        if (!TryObject(root, "variables", out var variables)) return (null, BadRequest("'variables' must be an object."));
        if (!TryObject(root, "extensions", out var extensions)) return (null, BadRequest("'extensions' must be an object."));
        return Complete(new GraphQLHttpRequest(query, operationName, variables, extensions, documentId));
    }

    /// <summary>A request must name its document somehow: text, a persisted document id, or an APQ hash.</summary>
    private static (GraphQLHttpRequest?, TransportError?) Complete(GraphQLHttpRequest request)
    {
        var hasPersistedQuery = false;
        if (request.Extensions is { } extensions && extensions.TryGetProperty("persistedQuery", out var persisted)
            && persisted.ValueKind != JsonValueKind.Null)
        {
            // Checked here so that every later step may rely on the shape (a string or an array once reached a null dereference).
            if (!IsPersistedQuery(persisted))
                return (null, BadRequest("'extensions.persistedQuery' must be {\"version\": 1, \"sha256Hash\": \"<sha256 in hex>\"}."));
            hasPersistedQuery = true;
        }

        if (request.Query is null && request.DocumentId is null && !hasPersistedQuery)
            return (null, BadRequest("The request has no 'query'."));
        return (request, null);
    }

    /// <summary>
    /// Apollo's automatic persisted query extension: version 1 and a hash as a string. A string that is no sha256 of
    /// anything is not malformed, merely unknown: PERSISTED_QUERY_NOT_FOUND says so later.
    /// </summary>
    private static bool IsPersistedQuery(JsonElement persisted) =>
        persisted.ValueKind == JsonValueKind.Object
        && persisted.TryGetProperty("version", out var version)
        && version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var number) && number == 1
        && persisted.TryGetProperty("sha256Hash", out var hash)
        && hash.ValueKind == JsonValueKind.String && hash.GetString() is { Length: > 0 and <= 128 };

    private static bool TryString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.String) return false;
        value = element.GetString();
        return true;
    }

    private static bool TryObject(JsonElement root, string name, out JsonElement? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.Object) return false;
        value = element.Clone();
        return true;
    }

    private static bool TryParseObject(string json, out JsonElement? value)
    {
        value = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Null) return true;
            if (document.RootElement.ValueKind != JsonValueKind.Object || !JsonText.IsWellFormed(document.RootElement)) return false;
            value = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>; null when the body is longer (chunked bodies have no length up front).</summary>
    private static async Task<byte[]?> ReadBodyAsync(PipeReader reader, int maxBytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            if (result.Buffer.Length > maxBytes)
            {
                reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                return null;
            }

            if (result.IsCompleted)
            {
                var bytes = result.Buffer.ToArray();
                reader.AdvanceTo(result.Buffer.End);
                return bytes;
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    private static bool IsJsonContentType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static TransportError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message, "BAD_REQUEST");

    private static TransportError TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.", "PAYLOAD_TOO_LARGE");
}
