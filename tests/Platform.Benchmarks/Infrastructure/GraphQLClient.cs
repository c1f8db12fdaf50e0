using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Benchmarks.Infrastructure;

/// <summary>A minimal GraphQL-over-HTTP client: POST application/json, answer as parsed JSON.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    /// <summary>Sends a query and fails on any transport or GraphQL error.</summary>
    public async Task<JsonNode> SendAsync(string query, object? variables, string? token, string? tenant, CancellationToken cancellationToken)
    {
        using var request = Request(query, variables, token, tenant);
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

    public static byte[] Payload(string query, object? variables) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query, variables }));

    private static HttpRequestMessage Request(string query, object? variables, string? token, string? tenant)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, tenant is null ? "/graphql" : $"/t/{tenant}/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
