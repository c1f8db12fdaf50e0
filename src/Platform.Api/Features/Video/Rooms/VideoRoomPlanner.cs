using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Api.Features.Notifications.Domain;
using Platform.Api.Features.Offerings;

namespace Platform.Api.Features.Video.Rooms;

/// <summary>
/// Plans one Video delivery (recipient: the booking) for each booking event that confirms, moves or ends a video
/// booking; the sender makes the room agree with the booking as it is then. The room name is drawn here, once.
/// </summary>
public sealed class VideoRoomPlanner(PlatformDbContext db) : IDeliveryPlanner
{
    /// <summary>Events after which a booking may need a room, or a moved one.</summary>
    private static readonly HashSet<string> Converge = [PublicEventTypes.BookingConfirmed, PublicEventTypes.BookingRescheduled];

    /// <summary>Events after which a booking no longer takes place (a lapsed payment turns it back into a hold).</summary>
    private static readonly HashSet<string> End =
    [
        PublicEventTypes.BookingCancelled, PublicEventTypes.BookingDeclined, PublicEventTypes.BookingExpired,
        PublicEventTypes.BookingCompleted, PublicEventTypes.BookingNoShow, PublicEventTypes.BookingHeld,
    ];

    public async Task PlanAsync(OutboxEventFacts facts, DeliveryPlan plan, CancellationToken cancellationToken)
    {
        if (facts.PublicType is not { } type || facts.Booking is not { } booking) return;
        var converge = Converge.Contains(type);
        if (!converge && !End.Contains(type)) return;

        var hasRoom = await db.BookingVideoRooms.AsNoTracking()
            .AnyAsync(r => r.BookingId == booking.Id && r.EndedAt == null, cancellationToken);
        if (!hasRoom)
        {
            if (!converge) return;
            var isVideo = await db.Offerings.AsNoTracking()
                .AnyAsync(o => o.Id == booking.OfferingId && o.LocationKind == LocationKind.Video, cancellationToken);
            if (!isVideo) return;
        }

        plan.Add(new PlannedDelivery(
            DeliveryChannel.Video,
            booking.Id.ToString(),
            type,
            DedupKeys.Of("video", facts.Event.Id, booking.Id),
            Payload: new VideoRoomPayload(VideoRoomNames.New()).ToJson()));
    }
}
