using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// One graphql-sse distinct-connections request: POST with Accept: text/event-stream, events read as they
/// come by <see cref="SseParser"/> (comments, such as keep-alives, are not events).
/// </summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Event, JsonNode? Data)> _events = Channel.CreateUnbounded<(string, JsonNode?)>();
    private Task _reader = Task.CompletedTask;

    private SseClient(HttpClient http) => _http = http;

    public HttpResponseMessage Response { get; private set; } = null!;

    public static async Task<SseClient> StartAsync(Uri baseAddress, string? slug, string? token, string query, object? variables = null)
    {
        var client = new SseClient(new HttpClient { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan });
        var request = new HttpRequestMessage(HttpMethod.Post, slug is null ? "/graphql" : $"/t/{slug}/graphql")
        {
            Content = new StringContent(
                System.Text.Json.JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.Response = await client._http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, client._stop.Token);
        client._reader = client.ReadAsync();
        return client;
    }

    /// <summary>The next event (name, data), or null when the stream ended or nothing came in time.</summary>
    public async Task<(string Event, JsonNode? Data)?> NextEventAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? WsClient.Patience);
        try
        {
            return await _events.Reader.ReadAsync(cancel.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            return null;
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            await using var stream = await Response.Content.ReadAsStreamAsync(_stop.Token);
            await foreach (var item in SseParser.Create(stream).EnumerateAsync(_stop.Token))
                await _events.Writer.WriteAsync((item.EventType, item.Data.Length == 0 ? null : JsonNode.Parse(item.Data)));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reader;
        Response.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }
}
