using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.IntegrationTests.Fakes;

/// <summary>
/// Daily's REST API v1 (https://docs.daily.co/reference/rest-api) as the platform uses it: rooms (names unique,
/// <c>[A-Za-z0-9_-]</c>, at most 128 characters; nbf/exp; deleted for good) and meeting tokens for existing rooms.
/// Every call needs <c>Authorization: Bearer</c> <see cref="ApiKey"/>, else a 401 as Daily answers it.
/// </summary>
public sealed partial class DailyFake(Func<DateTimeOffset> now)
{
    /// <summary>A room as the fake keeps it; <see cref="Nbf"/> and <see cref="Exp"/> are unix seconds.</summary>
    public sealed record Room(string Id, string Name, string Privacy, string Url, long? Nbf, long? Exp, bool EjectAtRoomExp);

    /// <summary>A meeting token the fake issued, with the properties it was asked for.</summary>
    public sealed record MeetingToken(string Token, string RoomName, bool IsOwner, string? UserName, long? Exp);

    /// <summary>One request the fake answered: method, path with query, and status.</summary>
    public sealed record Request(string Method, string Path, int Status);

    private readonly Lock _gate = new();
    private readonly List<Room> _rooms = [];
    private readonly List<string> _deleted = [];
    private readonly Dictionary<string, MeetingToken> _tokens = new(StringComparer.Ordinal);
    private readonly List<Request> _requests = [];
    private int _rateLimited;
    private TimeSpan _retryAfter;
    private int _failures;

    public DateTimeOffset Now => now();

    /// <summary>The key every request must carry as a bearer token.</summary>
    public string ApiKey { get; set; } = "fake-daily-api-key-0123456789abcdef";

    /// <summary>The account's subdomain: room URLs are <c>https://{Domain}.daily.co/{name}</c>.</summary>
    public string Domain { get; set; } = "platform-fake";

    public IReadOnlyList<Room> Rooms
    {
        get { lock (_gate) return [.. _rooms]; }
    }

    /// <summary>The names of the rooms deleted, in order (a name can come back if a room of that name is made again).</summary>
    public IReadOnlyList<string> Deleted
    {
        get { lock (_gate) return [.. _deleted]; }
    }

    public IReadOnlyList<Request> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    /// <summary>Whether the room exists and admits people now (not past its exp).</summary>
    public bool IsEnabled(string name)
    {
        lock (_gate) return Find(name) is { } room && (room.Exp is null || room.Exp > Now.ToUnixTimeSeconds());
    }

    /// <summary>What a token issued by the fake says (null for one it never issued).</summary>
    public MeetingToken? Token(string token)
    {
        lock (_gate) return _tokens.GetValueOrDefault(token);
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
        routes.MapGet("/v1/rooms", (HttpContext h) => HandleAsync(h, _ => ListRooms(h.Request.Query["limit"])));
        routes.MapPost("/v1/rooms", (HttpContext h) => HandleAsync(h, CreateRoom));
        routes.MapGet("/v1/rooms/{name}", (HttpContext h, string name) => HandleAsync(h, _ => GetRoom(name)));
        routes.MapPost("/v1/rooms/{name}", (HttpContext h, string name) => HandleAsync(h, body => UpdateRoom(name, body)));
        routes.MapDelete("/v1/rooms/{name}", (HttpContext h, string name) => HandleAsync(h, _ => DeleteRoom(name)));
        routes.MapPost("/v1/meeting-tokens", (HttpContext h) => HandleAsync(h, CreateToken));
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
                outcome = Error(429, "rate-limit-error", "Too many requests.");
            }
            else if (_failures > 0)
            {
                _failures--;
                outcome = Error(500, "server-error", "An internal error occurred.");
            }
            else if (http.Request.Headers.Authorization.ToString() != $"Bearer {ApiKey}")
            {
                outcome = Error(401, "authentication-error", "Invalid API key.");
            }
            else if (!TryParse(text, out var body))
            {
                outcome = Error(400, "invalid-request-error", "The request body is not valid JSON.");
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

    /// <summary>Daily's error body: <c>{"error": "…-error", "info": "…"}</c>.</summary>
    private static (int, JsonNode) Error(int status, string error, string info) =>
        (status, new JsonObject { ["error"] = error, ["info"] = info });
}
