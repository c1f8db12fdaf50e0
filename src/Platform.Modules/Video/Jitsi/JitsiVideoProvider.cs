using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Platform.Modules.Video.Jitsi;

/// <summary>
/// Jitsi Meet: a room exists as soon as someone opens its URL, so no call is made; the unguessable room name is the
/// secret. Servers with token authentication (prosody <c>token</c>, JaaS-style) get HS256 JWTs signed with the
/// organization's app secret, the host's marked moderator; without credentials both links are the same.
/// </summary>
public sealed class JitsiVideoProvider(IOptions<JitsiOptions> options, TimeProvider clock) : IVideoProvider
{
    private const string Service = "Jitsi";

    public string Kind => "jitsi";

    public Task ValidateAsync(VideoCredentials credentials, CancellationToken cancellationToken)
    {
        _ = Server(credentials);
        _ = App(credentials);
        return Task.CompletedTask;
    }

    public Task<VideoRoom> CreateRoomAsync(VideoCredentials credentials, VideoRoomSpec spec, CancellationToken cancellationToken) =>
        Task.FromResult(Links(credentials, spec));

    // New tokens carry the new times; the room itself has none.
    public Task<VideoRoom> UpdateRoomAsync(
        VideoCredentials credentials, VideoRoom room, VideoRoomSpec spec, CancellationToken cancellationToken) =>
        Task.FromResult(Links(credentials, spec));

    // Nothing to end: a Jitsi room disappears when its last participant leaves, and signed links expire on their own.
    public Task EndRoomAsync(VideoCredentials credentials, VideoRoom room, CancellationToken cancellationToken) => Task.CompletedTask;

    private VideoRoom Links(VideoCredentials credentials, VideoRoomSpec spec)
    {
        var server = Server(credentials);
        var url = new Uri(server, Uri.EscapeDataString(spec.RoomName)).ToString();
        if (App(credentials) is not { } app) return new VideoRoom(spec.RoomName, url, url);
        var (appId, secret) = app;
        var guest = Token(appId, secret, server, spec, spec.GuestName, moderator: false);
        var host = Token(appId, secret, server, spec, spec.HostName, moderator: true);
        return new VideoRoom(spec.RoomName, $"{url}?jwt={guest}", $"{url}?jwt={host}");
    }

    private string Token(string appId, string secret, Uri server, VideoRoomSpec spec, string? name, bool moderator)
    {
        var settings = options.Value;
        var user = new JsonObject { ["moderator"] = moderator };
        if (!string.IsNullOrWhiteSpace(name)) user["name"] = name;
        var payload = new JsonObject
        {
            ["aud"] = "jitsi",
            ["iss"] = appId,
            ["sub"] = server.Host,
            ["room"] = spec.RoomName,
            ["iat"] = VideoJwt.Seconds(clock.GetUtcNow()),
            ["nbf"] = VideoJwt.Seconds(spec.StartsAt - settings.EarlyJoin),
            ["exp"] = VideoJwt.Seconds(spec.EndsAt + settings.LinkGrace),
            ["context"] = new JsonObject { ["user"] = user },
        };
        return VideoJwt.Sign(payload, secret);
    }

    /// <summary>The organization's server, else the platform's: absolute, https (http only for a loopback test server).</summary>
    private Uri Server(VideoCredentials credentials)
    {
        var configured = string.IsNullOrWhiteSpace(credentials.ServerUrl) ? options.Value.ServerUrl : credentials.ServerUrl.Trim();
        if (!configured.EndsWith('/')) configured += "/";
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var server)
            || !(server.Scheme == Uri.UriSchemeHttps || (server.Scheme == Uri.UriSchemeHttp && server.IsLoopback))
            || !string.IsNullOrEmpty(server.Query) || !string.IsNullOrEmpty(server.Fragment))
            throw VideoHttp.Invalid(Service, "the server URL must be an absolute https URL");
        return server;
    }

    private static (string AppId, string Secret)? App(VideoCredentials credentials)
    {
        var hasId = !string.IsNullOrWhiteSpace(credentials.AppId);
        var hasSecret = !string.IsNullOrWhiteSpace(credentials.AppSecret);
        if (hasId != hasSecret) throw VideoHttp.Invalid(Service, "the app ID and app secret go together (both or neither)");
        return hasId ? (credentials.AppId!.Trim(), credentials.AppSecret!) : null;
    }
}
