using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Platform.IntegrationTests.Fakes;

/// <summary>
/// Around every Calendar API call: the bearer token (401 when unknown, expired or revoked), injected rate limits (429 with
/// Retry-After), the JSON body, Google's error format (https://developers.google.com/workspace/calendar/api/guides/errors)
/// and the request log.
/// </summary>
public sealed partial class GoogleCalendarFake
{
    /// <summary>One authenticated call: the account, its route values, query and JSON body.</summary>
    private sealed record ApiCall(Account Account, HttpRequest Request, JsonObject? Body)
    {
        public string Route(string name) => Request.RouteValues[name] as string ?? "";

        public string? Query(string name) => Request.Query.TryGetValue(name, out var value) ? value.ToString() : null;

        public string? Field(string name) => Body?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    private sealed record Reply(int Status, JsonObject? Body, TimeSpan? RetryAfter = null)
    {
        public static Reply Ok(JsonObject body) => new(200, body);

        public static readonly Reply NoContent = new(204, null);
    }

    private async Task ApiAsync(HttpContext http, Func<ApiCall, Reply> handle)
    {
        JsonObject? body = null;
        var malformed = false;
        if (http.Request.ContentLength is > 0 || http.Request.HasJsonContentType())
        {
            try
            {
                body = await JsonSerializer.DeserializeAsync<JsonObject>(http.Request.Body);
            }
            catch (JsonException)
            {
                malformed = true;
            }
        }
        Reply reply;
        lock (_gate)
        {
            reply = Authenticate(http.Request) is not { } account
                ? Error(401, "authError", "Invalid Credentials", "UNAUTHENTICATED")
                : _rateLimitedRequests > 0
                    ? RateLimited()
                    : malformed ? Error(400, "parseError", "Parse Error") : handle(new ApiCall(account, http.Request, body));
            Log(http, reply.Status);
        }
        await WriteAsync(http, reply.Status, reply.Body, reply.RetryAfter);
    }

    private Account? Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal)) return null;
        if (!_accessTokens.TryGetValue(header["Bearer ".Length..], out var token) || token.ExpiresAt <= Now) return null;
        return _accounts.TryGetValue(token.Email, out var account) && !account.Revoked ? account : null;
    }

    private Reply RateLimited()
    {
        _rateLimitedRequests--;
        return Error(429, "rateLimitExceeded", "Rate Limit Exceeded", "RESOURCE_EXHAUSTED") with { RetryAfter = _rateLimitRetryAfter };
    }

    private void Log(HttpContext http, int status)
    {
        var path = $"{http.Request.Path}{http.Request.QueryString}";
        lock (_gate) _requests.Add(new GoogleCalendarFakeRequest(http.Request.Method, path, status));
    }

    private static Reply Error(int code, string reason, string message, string? status = null)
    {
        var error = new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject { ["domain"] = "global", ["reason"] = reason, ["message"] = message }),
            ["code"] = code,
            ["message"] = message,
        };
        if (status is not null) error["status"] = status;
        return new Reply(code, new JsonObject { ["error"] = error });
    }

    private static Reply NotFound() => Error(404, "notFound", "Not Found");

    private static async Task WriteAsync(HttpContext http, int status, JsonObject? body, TimeSpan? retryAfter)
    {
        http.Response.StatusCode = status;
        if (retryAfter is { } wait)
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (body is null) return;
        http.Response.ContentType = "application/json; charset=UTF-8";
        await http.Response.WriteAsync(body.ToJsonString());
    }
}
