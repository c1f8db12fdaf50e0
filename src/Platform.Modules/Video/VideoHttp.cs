using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Modules.Http;

namespace Platform.Modules.Video;

/// <summary>
/// The HTTP calls the video providers share: a JSON request with a bearer credential, and the mapping of failures to
/// <see cref="VideoException"/>. Messages name the service, the step and the status, never the credential or a link.
/// </summary>
internal static class VideoHttp
{
    public static HttpRequestMessage Request(HttpMethod method, string path, string bearer, JsonObject? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return request;
    }

    /// <summary>Sends <paramref name="request"/>; a network failure or timeout becomes a transient <see cref="VideoException"/>.</summary>
    public static async Task<VideoAnswer> SendAsync(
        HttpClient client, HttpRequestMessage request, string service, TimeProvider clock, CancellationToken cancellationToken)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                throw new VideoException($"{service} could not be reached.", inner: e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new VideoException($"{service} did not answer in time.", inner: e);
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                return new VideoAnswer((int)response.StatusCode, Parse(text), RetryAfterHandler.RetryAfter(response, clock));
            }
        }
    }

    /// <summary>The exception for an answer that is not a success: refused credentials, rate limit, or the status.</summary>
    public static VideoException Failure(string service, string step, VideoAnswer answer) => answer.Status switch
    {
        401 or 403 => new VideoCredentialsRejectedException(
            $"{service} refused the credentials ({answer.Status}) while {step}.", answer.Status),
        429 => new VideoException($"{service} is rate limiting requests ({step}); try again later.", 429, answer.RetryAfter),
        >= 500 => new VideoException($"{service} failed ({answer.Status}) while {step}.", answer.Status),
        _ => new VideoException($"{service} refused the request ({answer.Status}) while {step}.", answer.Status),
    };

    /// <summary>Settings that cannot work, found before any call: saving them fails like refused credentials.</summary>
    public static VideoCredentialsRejectedException Invalid(string service, string problem) => new($"{service} settings: {problem}.", 400);

    public static string Required(string? value, string service, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw Invalid(service, $"{name} is required") : value.Trim();

    public static Uri BaseAddress(string apiBase) => new(apiBase.EndsWith('/') ? apiBase : apiBase + "/", UriKind.Absolute);

    private static JsonElement Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return default;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // An HTML error page from a proxy: the status says enough.
            return default;
        }
    }
}
