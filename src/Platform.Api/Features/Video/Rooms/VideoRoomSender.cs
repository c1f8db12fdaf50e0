using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Api.Features.Video.Domain;
using Platform.Modules.Video;

namespace Platform.Api.Features.Video.Rooms;

/// <summary>
/// Makes a booking's room agree with the booking as it is now: a confirmed booking still to end gets a room (or its
/// room moved to the new time); one that no longer takes place has its room ended. The service's trouble is an
/// outcome (transient: retried; refused credentials: failed), never a change to the booking.
/// </summary>
public sealed class VideoRoomSender(
    PlatformDbContext db,
    VideoServices services,
    VideoSecrets secrets,
    TimeProvider clock,
    ILogger<VideoRoomSender> logger) : IDeliverySender
{
    public DeliveryChannel Channel => DeliveryChannel.Video;

    public async Task<DeliveryOutcome> SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        var bookingId = delivery.BookingId ?? (Guid.TryParse(delivery.Recipient, out var id) ? id : Guid.Empty);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null) return DeliveryOutcome.Cancelled("The booking no longer exists.");
        var room = await db.BookingVideoRooms.SingleOrDefaultAsync(r => r.BookingId == bookingId, cancellationToken);
        var takesPlace = booking.Status == BookingStatus.Confirmed && booking.EndsAt > clock.GetDatabaseNow();
        try
        {
            if (takesPlace && (room is null || room.EndedAt is not null))
                return await CreateAsync(booking, room, VideoRoomPayload.Parse(delivery.Payload), cancellationToken);
            if (takesPlace && (room!.StartsAt != booking.StartsAt || room.EndsAt != booking.EndsAt))
                return await MoveAsync(booking, room, cancellationToken);
            if (!takesPlace && room is { EndedAt: null })
                return await EndAsync(room, cancellationToken);
            return DeliveryOutcome.Sent();
        }
        catch (VideoCredentialsRejectedException e)
        {
            return DeliveryOutcome.Failed($"The video service refused the organization's credentials: {e.Message}", e.StatusCode);
        }
        catch (VideoException e) when (e.Transient)
        {
            return DeliveryOutcome.Retry(e.Message, e.StatusCode, e.RetryAfter);
        }
        catch (VideoException e)
        {
            return DeliveryOutcome.Failed(e.Message, e.StatusCode);
        }
    }

    private async Task<DeliveryOutcome> CreateAsync(
        Booking booking, BookingVideoRoom? row, VideoRoomPayload? payload, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.AsNoTracking().Where(o => o.Id == booking.OfferingId)
            .Select(o => new { o.Name, o.VideoProvider }).SingleOrDefaultAsync(cancellationToken);
        var service = await services.ChooseAsync(offering?.VideoProvider, cancellationToken);
        if (service is null) return DeliveryOutcome.Failed("No video service is available for this organization.");
        // A room ended earlier (the booking came back) gets a fresh name: an ended room may not be reusable.
        var name = row is { EndedAt: null } ? row.RoomName : payload?.RoomName ?? VideoRoomNames.New();
        if (row is { EndedAt: not null } && name == row.RoomName) name = VideoRoomNames.New();
        var spec = await SpecAsync(booking, name, offering?.Name, cancellationToken);
        var made = await service.Provider.CreateRoomAsync(service.Credentials, spec, cancellationToken);
        var now = clock.GetDatabaseNow();
        if (row is null)
        {
            row = new BookingVideoRoom { BookingId = booking.Id, TenantId = booking.TenantId };
            db.BookingVideoRooms.Add(row);
        }

        row.Provider = VideoProviderKinds.Key(service.Kind);
        row.RoomName = name;
        row.EndedAt = null;
        Apply(row, made, booking, now);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Video room {RoomId} ({Provider}) made for booking {BookingId}", made.RoomId, row.Provider, booking.Id);
        return DeliveryOutcome.Sent();
    }

    private async Task<DeliveryOutcome> MoveAsync(Booking booking, BookingVideoRoom row, CancellationToken cancellationToken)
    {
        var service = await services.ForAsync(row.Provider, cancellationToken);
        if (service is null) return NoAccount(row, "move");
        var title = await db.Offerings.AsNoTracking().Where(o => o.Id == booking.OfferingId).Select(o => o.Name)
            .SingleOrDefaultAsync(cancellationToken);
        var spec = await SpecAsync(booking, row.RoomName, title, cancellationToken);
        var moved = await service.Provider.UpdateRoomAsync(service.Credentials, Current(row), spec, cancellationToken);
        Apply(row, moved, booking, clock.GetDatabaseNow());
        await db.SaveChangesAsync(cancellationToken);
        return DeliveryOutcome.Sent();
    }

    private async Task<DeliveryOutcome> EndAsync(BookingVideoRoom row, CancellationToken cancellationToken)
    {
        var service = await services.ForAsync(row.Provider, cancellationToken);
        if (service is null) return NoAccount(row, "end");
        await service.Provider.EndRoomAsync(service.Credentials, Current(row), cancellationToken);
        var now = clock.GetDatabaseNow();
        row.EndedAt = now;
        row.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return DeliveryOutcome.Sent();
    }

    private static DeliveryOutcome NoAccount(BookingVideoRoom row, string what) =>
        DeliveryOutcome.Failed($"The organization no longer has a {row.Provider} account to {what} the room with.");

    private VideoRoom Current(BookingVideoRoom row) => new(row.RoomId, row.JoinUrl, secrets.UnprotectHostUrl(row.ProtectedHostUrl));

    private void Apply(BookingVideoRoom row, VideoRoom room, Booking booking, DateTimeOffset now)
    {
        row.RoomId = room.RoomId;
        row.JoinUrl = room.JoinUrl;
        row.ProtectedHostUrl = secrets.ProtectHostUrl(room.HostUrl);
        row.StartsAt = booking.StartsAt;
        row.EndsAt = booking.EndsAt;
        row.UpdatedAt = now;
    }

    private async Task<VideoRoomSpec> SpecAsync(Booking booking, string name, string? title, CancellationToken cancellationToken)
    {
        var host = await (
            from p in db.Providers.AsNoTracking()
            join m in db.Memberships.AsNoTracking() on p.MembershipId equals m.Id
            join u in db.Users.AsNoTracking() on m.UserId equals u.Id
            where p.Id == booking.ProviderId
            select u.DisplayName ?? u.Email).SingleOrDefaultAsync(cancellationToken);
        var guest = booking.CustomerUserId is { } userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName ?? u.Email)
                .SingleOrDefaultAsync(cancellationToken)
            : booking.GuestName ?? booking.GuestEmail;
        return new VideoRoomSpec(name, title ?? "Booking", booking.StartsAt, booking.EndsAt, host ?? "Host", guest);
    }
}
