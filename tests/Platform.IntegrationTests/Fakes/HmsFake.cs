using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.IntegrationTests.Fakes;

/// <summary>
/// 100ms's server API v2 (https://www.100ms.live/docs/server-side/v2/api-reference) as the platform uses it: rooms
/// (created by name, the same name giving back the existing room; enabled or disabled) and room codes per template
/// role. Every call needs a management token: HS256 with <see cref="AppSecret"/>, type "management", version 2,
/// access_key <see cref="AppAccessKey"/>, not expired by <see cref="Now"/>; anything else is a 401.
/// </summary>
public sealed partial class HmsFake(Func<DateTimeOffset> now)
{
    /// <summary>A room as the fake keeps it; <see cref="Codes"/> maps a role to its room code.</summary>
    public sealed record Room(
        string Id, string Name, string? Description, string TemplateId, bool Enabled, IReadOnlyDictionary<string, string> Codes);

    /// <summary>One request the fake answered: method, path with query, and status.</summary>
    public sealed record Request(string Method, string Path, int Status);

    private readonly Lock _gate = new();
    private readonly List<Room> _rooms = [];
    private readonly List<Request> _requests = [];
    private int _rateLimited;
    private TimeSpan _retryAfter;
    private int _failures;

    public DateTimeOffset Now => now();

    /// <summary>The app access key management tokens must carry.</summary>
    public string AppAccessKey { get; set; } = "fake-hms-access-key";

    /// <summary>The app secret management tokens must be signed with.</summary>
    public string AppSecret { get; set; } = "fake-hms-app-secret-0123456789abcdef0123456789abcdef";

    /// <summary>The one template of the app; a create naming another is a 400.</summary>
    public string TemplateId { get; set; } = "6400a0b1c2d3e4f5a6b7c8d9";

    /// <summary>The template's roles: each room gets a code per role.</summary>
    public IReadOnlyList<string> TemplateRoles { get; set; } = ["host", "guest"];

    public IReadOnlyList<Room> Rooms
    {
        get { lock (_gate) return [.. _rooms]; }
    }

    public IReadOnlyList<Request> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    /// <summary>100ms deletes nothing: an ended room is a disabled one. The names of the disabled rooms.</summary>
    public IReadOnlyList<string> Deleted
    {
        get { lock (_gate) return [.. _rooms.Where(r => !r.Enabled).Select(r => r.Name)]; }
    }

    public bool IsEnabled(string name)
    {
        lock (_gate) return Find(name)?.Enabled ?? false;
    }

    /// <summary>The next <paramref name="count"/> requests get 429 with <c>Retry-After</c> (whole seconds).</summary>
    public void RateLimitNext(int count, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _rateLimited = count;
            _retryAfter = retryAfter;
        }
    }

    /// <summary>The next <paramref name="count"/> requests fail with 500.</summary>
    public void FailNext(int count)
    {
        lock (_gate) _failures = count;
    }

    public void Map(RouteGroupBuilder routes)
    {
        routes.MapGet("/v2/rooms", (HttpContext h) => HandleAsync(h, _ => ListRooms(h.Request.Query["limit"])));
        routes.MapPost("/v2/rooms", (HttpContext h) => HandleAsync(h, CreateRoom));
        routes.MapGet("/v2/rooms/{id}", (HttpContext h, string id) => HandleAsync(h, _ => GetRoom(id)));
        routes.MapPost("/v2/rooms/{id}", (HttpContext h, string id) => HandleAsync(h, body => UpdateRoom(id, body)));
        routes.MapPost("/v2/room-codes/room/{id}", (HttpContext h, string id) => HandleAsync(h, _ => CreateCodes(id)));
    }

    /// <summary>Injected failures, then authentication, then the endpoint; all logged, under one lock.</summary>
    private async Task HandleAsync(HttpContext http, Func<JsonObject?, (int Status, JsonNode Body)> action)
    {
        var text = await new StreamReader(http.Request.Body, Encoding.UTF8).ReadToEndAsync();
        (int Status, JsonNode Body) outcome;
        var retryAfter = TimeSpan.Zero;
        lock (_gate)
        {
            if (_rateLimited > 0)
            {
                _rateLimited--;
                retryAfter = _retryAfter;
                outcome = Error(429, "Too many requests");
            }
            else if (_failures > 0)
            {
                _failures--;
                outcome = Error(500, "Internal server error");
            }
            else if (!Authorized(http.Request.Headers.Authorization.ToString()))
            {
                outcome = Error(401, "Token validation error");
            }
            else if (!TryParse(text, out var body))
            {
                outcome = Error(400, "Invalid JSON body");
            }
            else
            {
                outcome = action(body);
            }

            _requests.Add(new Request(http.Request.Method, http.Request.Path + http.Request.QueryString, outcome.Status));
        }

        if (outcome.Status == 429)
            http.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        http.Response.StatusCode = outcome.Status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(outcome.Body.ToJsonString());
    }

    /// <summary>The management token checks 100ms makes: signature, type, version, access key, nbf and exp.</summary>
    private bool Authorized(string header)
    {
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal)) return false;
        var parts = header["Bearer ".Length..].Split('.');
        if (parts.Length != 3) return false;
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        try
        {
            if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2]))) return false;
            using var header0 = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            if (header0.RootElement.GetProperty("alg").GetString() != "HS256") return false;
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var claims = payload.RootElement;
            var nowSeconds = Now.ToUnixTimeSeconds();
            return claims.GetProperty("type").GetString() == "management"
                && claims.GetProperty("version").GetInt32() == 2
                && claims.GetProperty("access_key").GetString() == AppAccessKey
                && claims.TryGetProperty("jti", out _)
                && claims.GetProperty("exp").GetInt64() > nowSeconds
                && (!claims.TryGetProperty("nbf", out var nbf) || nbf.GetInt64() <= nowSeconds + 60);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryParse(string text, out JsonObject? body)
    {
        body = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
            return body is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static (int, JsonNode) Error(int status, string message) =>
        (status, new JsonObject { ["code"] = status, ["message"] = message, ["details"] = new JsonArray() });
}
