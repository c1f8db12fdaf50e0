using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Modules.Http;

namespace Platform.Modules.Calendars.Google;

/// <summary>Sending API calls and turning Google's errors into <see cref="CalendarException"/>s (never with a token).</summary>
public sealed partial class GoogleCalendarProvider
{
    /// <summary>
    /// One Calendar API call. Success and the <paramref name="tolerated"/> statuses come back to the caller; every other
    /// status becomes the matching <see cref="CalendarException"/>.
    /// </summary>
    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string accessToken,
        JsonObject? body, string operation, CancellationToken cancellationToken, params HttpStatusCode[] tolerated)
    {
        using var request = new HttpRequestMessage(method, new Uri(_apiBase, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await SendRawAsync(request, operation, cancellationToken);
        var json = await ReadJsonAsync(response, cancellationToken);
        if (response.IsSuccessStatusCode || tolerated.Contains(response.StatusCode)) return (response.StatusCode, json);
        throw Failure(response, json, operation);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await _httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new CalendarException($"Google could not be reached for {operation}", null, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CalendarException($"Google did not answer {operation} in time", null, e);
        }
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text)) return default;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>
    /// Google's error statuses (https://developers.google.com/workspace/calendar/api/guides/errors): 401 invalid
    /// credentials; 403 or 429 with a rate-limit reason once the handler's retries ran out; other 4xx refuse for good.
    /// </summary>
    private CalendarException Failure(HttpResponseMessage response, JsonElement body, string operation)
    {
        var status = (int)response.StatusCode;
        var reason = ErrorReason(body);
        var message = $"Google answered {status}{(reason is null ? "" : $" ({reason})")} to {operation}";
        if (status == 401) return new CalendarUnauthorizedException(message);
        if (status == 429 || (status == 403 && reason is "rateLimitExceeded" or "userRateLimitExceeded"))
            return new CalendarRateLimitedException(message, RetryAfterHandler.RetryAfter(response, _clock));
        if (status is >= 400 and < 500) return new CalendarRejectedException(message, status);
        return new CalendarException(message, status);
    }

    /// <summary>The API's <c>error.errors[0].reason</c> (or <c>error.status</c>), or the OAuth endpoint's <c>error</c> code.</summary>
    private static string? ErrorReason(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("error", out var error)) return null;
        if (error.ValueKind == JsonValueKind.String) return error.GetString();
        if (error.ValueKind != JsonValueKind.Object) return null;
        if (error.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
            && Str(errors[0], "reason") is { } reason)
            return reason;
        return Str(error, "status");
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool Flag(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static IEnumerable<JsonElement> Items(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray()
            : [];

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
