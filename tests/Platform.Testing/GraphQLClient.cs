using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Testing;

/// <summary>A minimal GraphQL-over-HTTP client: POST application/json, the answer as status code plus parsed body.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    private int _requests;

    public HttpClient Http => http;

    /// <summary>Requests sent through <see cref="SendAsync"/> and <see cref="DataAsync"/> (not the timed ones).</summary>
    public int Requests => Volatile.Read(ref _requests);

    public sealed record Response(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Message)
    {
        public JsonNode? Data => Body?["data"];

        public JsonArray? Errors => Body?["errors"] as JsonArray;

        public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

        public JsonNode Get(string path)
        {
            JsonNode? node = Data;
            foreach (var part in path.Split('.')) node = node?[part];
            return node ?? throw new InvalidOperationException($"No data at {path}: {Body?.ToJsonString()}");
        }
    }

    public async Task<Response> SendAsync(string query, object? variables = null, string? token = null, string? tenant = null, string? path = null)
    {
        Interlocked.Increment(ref _requests);
        using var request = Request(query, variables, token, path ?? Path(tenant));
        return await ReadAsync(await http.SendAsync(request));
    }

    public static async Task<Response> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        if (text.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                body = JsonValue.Create(text);
            }
        }

        return new Response(response.StatusCode, body, response);
    }

    /// <summary>Sends a query and fails on any transport or GraphQL error; returns its <c>data</c>.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables, string? token, string? tenant, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        using var request = Request(query, variables, token, Path(tenant));
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var body = JsonNode.Parse(text) ?? throw new InvalidOperationException($"Empty answer ({(int)response.StatusCode}).");
        if (!response.IsSuccessStatusCode || body["errors"] is not null) throw new InvalidOperationException($"GraphQL error ({(int)response.StatusCode}): {text}");
        return body["data"]!;
    }

    /// <summary>
    /// One timed request: the stopwatch spans sending, the response headers and reading the whole
    /// body. Parsing happens after the stopwatch stops.
    /// </summary>
    public Task<(TimeSpan Elapsed, string Body, int Status)> TimeAsync(byte[] payload, string tenant, CancellationToken cancellationToken) =>
        TimeAsync(payload, tenant, null, cancellationToken);

    public async Task<(TimeSpan Elapsed, string Body, int Status)> TimeAsync(byte[] payload, string tenant, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{tenant}/graphql") { Content = new ByteArrayContent(payload) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return (elapsed, body, (int)response.StatusCode);
    }

    /// <summary>A request body, serialized once up front (so a timed request does not serialize).</summary>
    public static byte[] Payload(string query, object? variables) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query, variables }));

    private static string Path(string? tenant) => tenant is null ? "/graphql" : $"/t/{tenant}/graphql";

    private static HttpRequestMessage Request(string query, object? variables, string? token, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
