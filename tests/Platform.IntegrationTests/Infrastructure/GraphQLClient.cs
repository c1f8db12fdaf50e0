using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>A minimal GraphQL-over-HTTP client for tests: status code plus parsed body.</summary>
public sealed class GraphQLClient(HttpClient http)
{
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
        var url = path ?? (tenant is null ? "/graphql" : $"/t/{tenant}/graphql");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
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
}
