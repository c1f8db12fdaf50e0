namespace Platform.Modules.Video;

/// <summary>
/// A video service that gives a confirmed booking a room (Jitsi, 100ms, Daily). Chosen per organization, with that
/// organization's credentials (<see cref="VideoCredentials"/>, kept encrypted by the platform). Idempotent by
/// <see cref="VideoRoomSpec.RoomName"/>: creating the room of a booking twice gives the same room, so a retry after a
/// lost answer never makes a second one. Throws <see cref="VideoException"/> for the service's trouble.
/// </summary>
public interface IVideoProvider
{
    /// <summary>The key organizations choose it by: <c>jitsi</c>, <c>hms</c> (100ms), <c>daily</c>.</summary>
    string Kind { get; }

    /// <summary>Checks credentials with a harmless call (on save); <see cref="VideoCredentialsRejectedException"/> when refused.</summary>
    Task ValidateAsync(VideoCredentials credentials, CancellationToken cancellationToken);

    /// <summary>Creates the room (or finds the one made by an earlier attempt) and the links for host and guest.</summary>
    Task<VideoRoom> CreateRoomAsync(VideoCredentials credentials, VideoRoomSpec spec, CancellationToken cancellationToken);

    /// <summary>Moves the room to the booking's new time (expiry, availability); returns the links, which may change.</summary>
    Task<VideoRoom> UpdateRoomAsync(VideoCredentials credentials, VideoRoom room, VideoRoomSpec spec, CancellationToken cancellationToken);

    /// <summary>Ends the room for good (deleted or disabled); one that is already gone counts as ended.</summary>
    Task EndRoomAsync(VideoCredentials credentials, VideoRoom room, CancellationToken cancellationToken);
}
