using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Video.Domain;

namespace Platform.Api.Features.Video;

/// <summary>A booking's open room: the service, the link for customers and the one for the host (never for customers).</summary>
public sealed record VideoLink(VideoProviderKind Provider, string JoinUrl, string HostUrl);

/// <summary>
/// The public read other features use (emails, invites, webhooks, <c>booking.video</c>): a booking's open room, or
/// null when it has none (not a video booking, not confirmed yet, ended).
/// </summary>
public sealed class VideoLinks(PlatformDbContext db, VideoSecrets secrets)
{
    public async Task<VideoLink?> ForBookingAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        var room = await db.BookingVideoRooms.AsNoTracking()
            .SingleOrDefaultAsync(r => r.BookingId == bookingId && r.EndedAt == null, cancellationToken);
        return room is null ? null : Of(room);
    }

    public VideoLink Of(BookingVideoRoom room) => new(
        VideoProviderKinds.Parse(room.Provider) ?? VideoProviderKind.Jitsi,
        room.JoinUrl,
        secrets.UnprotectHostUrl(room.ProtectedHostUrl));
}
