using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Platform.Modules.Video.Hms;

/// <summary>
/// 100ms (https://www.100ms.live/docs/server-side/v2/api-reference): a room per booking, created by name (100ms
/// returns the existing room for a name it knows, which makes creation idempotent), and a room code per template role;
/// the links are the Prebuilt URLs of the host role's and the guest role's codes. Calls are authorized by a management
/// token the platform signs with the organization's app secret. 100ms rooms have no expiry: ending disables the room.
/// </summary>
public sealed partial class HmsVideoProvider(IHttpClientFactory httpClients, IOptions<HmsOptions> options, TimeProvider clock)
    : IVideoProvider
{
    public const string HttpClientName = "video-hms";

    private const string Service = "100ms";

    public string Kind => "hms";

    public async Task ValidateAsync(VideoCredentials credentials, CancellationToken cancellationToken)
    {
        var app = App(credentials);
        var answer = await SendAsync(app, HttpMethod.Get, "rooms?limit=1", null, cancellationToken);
        if (!answer.Ok) throw VideoHttp.Failure(Service, "checking the credentials", answer);
    }

    public async Task<VideoRoom> CreateRoomAsync(VideoCredentials credentials, VideoRoomSpec spec, CancellationToken cancellationToken)
    {
        var app = App(credentials);
        var body = new JsonObject { ["name"] = spec.RoomName, ["description"] = spec.Title, ["template_id"] = app.TemplateId };
        var created = await SendAsync(app, HttpMethod.Post, "rooms", body, cancellationToken);
        if (!created.Ok) throw VideoHttp.Failure(Service, "creating the room", created);
        var roomId = created.Text("id") ?? throw new VideoException($"{Service} answered a room without an id.");
        // The same name gives back a room ended earlier (a booking confirmed again): it must admit people again.
        if (created.Body.TryGetProperty("enabled", out var enabled) && enabled.ValueKind == JsonValueKind.False)
            await UpdateAsync(app, roomId, spec, cancellationToken);
        return await LinksAsync(app, roomId, cancellationToken);
    }

    public async Task<VideoRoom> UpdateRoomAsync(
        VideoCredentials credentials, VideoRoom room, VideoRoomSpec spec, CancellationToken cancellationToken)
    {
        var app = App(credentials);
        await UpdateAsync(app, room.RoomId, spec, cancellationToken);
        return await LinksAsync(app, room.RoomId, cancellationToken);
    }

    public async Task EndRoomAsync(VideoCredentials credentials, VideoRoom room, CancellationToken cancellationToken)
    {
        var app = App(credentials);
        var answer = await SendAsync(app, HttpMethod.Post, $"rooms/{Uri.EscapeDataString(room.RoomId)}",
            new JsonObject { ["enabled"] = false }, cancellationToken);
        if (!answer.Ok && answer.Status != 404) throw VideoHttp.Failure(Service, "disabling the room", answer);
    }

    private async Task UpdateAsync(HmsApp app, string roomId, VideoRoomSpec spec, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["enabled"] = true, ["description"] = spec.Title };
        var answer = await SendAsync(app, HttpMethod.Post, $"rooms/{Uri.EscapeDataString(roomId)}", body, cancellationToken);
        if (!answer.Ok) throw VideoHttp.Failure(Service, "updating the room", answer);
    }

    /// <summary>
    /// Room codes for every role of the room (the call returns the existing codes and adds any for new roles), turned
    /// into the Prebuilt links of the host and guest roles.
    /// </summary>
    private async Task<VideoRoom> LinksAsync(HmsApp app, string roomId, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(app, HttpMethod.Post, $"room-codes/room/{Uri.EscapeDataString(roomId)}", null, cancellationToken);
        if (!answer.Ok) throw VideoHttp.Failure(Service, "creating the room codes", answer);
        var settings = options.Value;
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (answer.Body.ValueKind == JsonValueKind.Object && answer.Body.TryGetProperty("data", out var data)
            && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var code in data.EnumerateArray())
            {
                if (code.TryGetProperty("enabled", out var enabled) && enabled.ValueKind == JsonValueKind.False) continue;
                if (code.TryGetProperty("role", out var role) && code.TryGetProperty("code", out var value))
                    codes[role.GetString() ?? ""] = value.GetString() ?? "";
            }
        }

        return new VideoRoom(roomId, Link(app, codes, settings.GuestRole), Link(app, codes, settings.HostRole));
    }

    private static string Link(HmsApp app, Dictionary<string, string> codes, string role) =>
        codes.TryGetValue(role, out var code) && code.Length > 0
            ? $"https://{app.Subdomain}.app.100ms.live/meeting/{Uri.EscapeDataString(code)}"
            : throw new VideoException($"{Service}: the template has no role \"{role}\" with a room code.", 400);

    private async Task<VideoAnswer> SendAsync(
        HmsApp app, HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        var client = httpClients.CreateClient(HttpClientName);
        var request = VideoHttp.Request(method, path, ManagementToken(app), body);
        return await VideoHttp.SendAsync(client, request, Service, clock, cancellationToken);
    }

    /// <summary>
    /// The management token 100ms documents: HS256 with the app secret; access_key, type "management", version 2,
    /// a random jti, iat, nbf and exp.
    /// </summary>
    private string ManagementToken(HmsApp app)
    {
        var now = clock.GetUtcNow();
        var payload = new JsonObject
        {
            ["access_key"] = app.AccessKey,
            ["type"] = "management",
            ["version"] = 2,
            ["jti"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            ["iat"] = VideoJwt.Seconds(now),
            ["nbf"] = VideoJwt.Seconds(now),
            ["exp"] = VideoJwt.Seconds(now + options.Value.ManagementTokenLifetime),
        };
        return VideoJwt.Sign(payload, app.Secret);
    }

    private static HmsApp App(VideoCredentials credentials)
    {
        var subdomain = VideoHttp.Required(credentials.Subdomain, Service, "the subdomain").ToLowerInvariant();
        if (!SubdomainPattern().IsMatch(subdomain)) throw VideoHttp.Invalid(Service, "the subdomain is not a valid host name label");
        return new HmsApp(
            VideoHttp.Required(credentials.AppId, Service, "the app access key"),
            VideoHttp.Required(credentials.AppSecret, Service, "the app secret"),
            VideoHttp.Required(credentials.TemplateId, Service, "the template ID"),
            subdomain);
    }

    private sealed record HmsApp(string AccessKey, string Secret, string TemplateId, string Subdomain);

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex SubdomainPattern();
}
