namespace Platform.Modules.Video;

/// <summary>
/// One organization's settings for its video service. Which fields matter depends on the service:
/// Jitsi: <see cref="ServerUrl"/> (empty: the platform's default server), and <see cref="AppId"/> + <see cref="AppSecret"/>
/// when the server requires JWTs; 100ms: <see cref="AppId"/> (app access key), <see cref="AppSecret"/>,
/// <see cref="TemplateId"/>, <see cref="Subdomain"/> (for the room-code links); Daily: <see cref="ApiKey"/>.
/// </summary>
public sealed record VideoCredentials(
    string? ApiKey = null,
    string? AppId = null,
    string? AppSecret = null,
    string? TemplateId = null,
    string? Subdomain = null,
    string? ServerUrl = null);

/// <summary>
/// The room a booking needs. <see cref="RoomName"/> is derived from the booking and unguessable (it is the idempotency
/// key and, for Jitsi, the whole secret); the room opens a little before <see cref="StartsAt"/> and closes after
/// <see cref="EndsAt"/> (services that support expiry).
/// </summary>
public sealed record VideoRoomSpec(
    string RoomName, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string HostName, string? GuestName);

/// <summary>A room and its two links: <see cref="JoinUrl"/> for customers, <see cref="HostUrl"/> for the host only.</summary>
public sealed record VideoRoom(string RoomId, string JoinUrl, string HostUrl);
