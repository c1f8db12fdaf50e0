using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Platform.Modules.Video.Daily;

/// <summary>
/// Daily (https://docs.daily.co/reference/rest-api): a private room per booking, open from a little before the start
/// (<c>nbf</c>) to a little after the end (<c>exp</c>, ejecting whoever is still in), and two meeting tokens: an owner
/// token for the host's link and a plain one for the customers'. Daily refuses a second room of the same name, so an
/// "already exists" answer fetches the room made by the earlier attempt. The room's name is its id.
/// </summary>
public sealed class DailyVideoProvider(IHttpClientFactory httpClients, IOptions<DailyOptions> options, TimeProvider clock)
    : IVideoProvider
{
    public const string HttpClientName = "video-daily";

    private const string Service = "Daily";

    public string Kind => "daily";

    public async Task ValidateAsync(VideoCredentials credentials, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(ApiKey(credentials), HttpMethod.Get, "rooms?limit=1", null, cancellationToken);
        if (!answer.Ok) throw VideoHttp.Failure(Service, "checking the credentials", answer);
    }

    public async Task<VideoRoom> CreateRoomAsync(VideoCredentials credentials, VideoRoomSpec spec, CancellationToken cancellationToken)
    {
        var key = ApiKey(credentials);
        var body = new JsonObject { ["name"] = spec.RoomName, ["privacy"] = "private", ["properties"] = Properties(spec) };
        var room = await SendAsync(key, HttpMethod.Post, "rooms", body, cancellationToken);
        if (room.Status == 400 && (room.Text("info") ?? "").Contains("already exists", StringComparison.OrdinalIgnoreCase))
        {
            room = await SendAsync(key, HttpMethod.Get, Room(spec.RoomName), null, cancellationToken);
            if (!room.Ok) throw VideoHttp.Failure(Service, "reading the existing room", room);
        }
        else if (!room.Ok)
        {
            throw VideoHttp.Failure(Service, "creating the room", room);
        }

        return await LinksAsync(key, room, spec, cancellationToken);
    }

    public async Task<VideoRoom> UpdateRoomAsync(
        VideoCredentials credentials, VideoRoom room, VideoRoomSpec spec, CancellationToken cancellationToken)
    {
        var key = ApiKey(credentials);
        var body = new JsonObject { ["properties"] = Properties(spec) };
        var updated = await SendAsync(key, HttpMethod.Post, Room(room.RoomId), body, cancellationToken);
        if (!updated.Ok) throw VideoHttp.Failure(Service, "updating the room", updated);
        return await LinksAsync(key, updated, spec, cancellationToken);
    }

    public async Task EndRoomAsync(VideoCredentials credentials, VideoRoom room, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(ApiKey(credentials), HttpMethod.Delete, Room(room.RoomId), null, cancellationToken);
        if (!answer.Ok && answer.Status != 404) throw VideoHttp.Failure(Service, "deleting the room", answer);
    }

    private JsonObject Properties(VideoRoomSpec spec) => new()
    {
        ["nbf"] = VideoJwt.Seconds(spec.StartsAt - options.Value.EarlyJoin),
        ["exp"] = Expiry(spec),
        ["eject_at_room_exp"] = true,
    };

    private long Expiry(VideoRoomSpec spec) => VideoJwt.Seconds(spec.EndsAt + options.Value.LinkGrace);

    private async Task<VideoRoom> LinksAsync(string key, VideoAnswer room, VideoRoomSpec spec, CancellationToken cancellationToken)
    {
        var name = room.Text("name") ?? spec.RoomName;
        var url = room.Text("url") ?? throw new VideoException($"{Service} answered a room without a URL.");
        var guest = await TokenAsync(key, name, spec.GuestName, owner: false, Expiry(spec), cancellationToken);
        var host = await TokenAsync(key, name, spec.HostName, owner: true, Expiry(spec), cancellationToken);
        return new VideoRoom(name, $"{url}?t={guest}", $"{url}?t={host}");
    }

    private async Task<string> TokenAsync(
        string key, string room, string? userName, bool owner, long expiry, CancellationToken cancellationToken)
    {
        var properties = new JsonObject { ["room_name"] = room, ["is_owner"] = owner, ["exp"] = expiry };
        if (!string.IsNullOrWhiteSpace(userName)) properties["user_name"] = userName;
        var body = new JsonObject { ["properties"] = properties };
        var answer = await SendAsync(key, HttpMethod.Post, "meeting-tokens", body, cancellationToken);
        if (!answer.Ok) throw VideoHttp.Failure(Service, "creating a meeting token", answer);
        return answer.Text("token") is { Length: > 0 } token
            ? Uri.EscapeDataString(token)
            : throw new VideoException($"{Service} answered a meeting token request without a token.");
    }

    private async Task<VideoAnswer> SendAsync(
        string key, HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        var client = httpClients.CreateClient(HttpClientName);
        return await VideoHttp.SendAsync(client, VideoHttp.Request(method, path, key, body), Service, clock, cancellationToken);
    }

    private static string Room(string name) => $"rooms/{Uri.EscapeDataString(name)}";

    private static string ApiKey(VideoCredentials credentials) => VideoHttp.Required(credentials.ApiKey, Service, "the API key");
}
