using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Video;

namespace Platform.Api.Features.Notifications.Calendar;

/// <summary>
/// The iCalendar text of a person's bookings in the current organization: as a customer, and as the provider they are
/// here, confirmed or awaiting the host, from a week ago on. UIDs are the email invites' (<c>{bookingId}@platform</c>),
/// so a calendar that has both keeps one event.
/// </summary>
public sealed class CalendarFeedWriter(PlatformDbContext db, VideoLinks videoLinks, TimeProvider clock)
{
    public static readonly TimeSpan Past = TimeSpan.FromDays(7);

    public const int MaxEvents = 1000;

    public async Task<string> WriteAsync(Guid userId, string calendarName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var from = now - Past;
        var providerIds = await (
            from p in db.Providers.AsNoTracking()
            join m in db.Memberships.AsNoTracking() on p.MembershipId equals m.Id
            where m.UserId == userId
            select p.Id).ToListAsync(cancellationToken);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.CustomerUserId == userId || providerIds.Contains(b.ProviderId))
            .Where(b => b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.AwaitingHost)
            .Where(b => b.EndsAt >= from)
            .OrderBy(b => b.StartsAt).ThenBy(b => b.Id)
            .Take(MaxEvents)
            .ToListAsync(cancellationToken);
        var offeringIds = bookings.Select(b => b.OfferingId).Distinct().ToList();
        var offerings = await db.Offerings.AsNoTracking().Where(o => offeringIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => (o.Name, o.LocationDetail), cancellationToken);

        // A video booking's link: the host's for the provider's own bookings, the join link for a customer's.
        var bookingIds = bookings.Select(b => b.Id).ToList();
        var rooms = await db.BookingVideoRooms.AsNoTracking().Where(r => bookingIds.Contains(r.BookingId) && r.EndedAt == null)
            .ToDictionaryAsync(r => r.BookingId, cancellationToken);

        var calendar = new Ical.Net.Calendar { ProductId = "-//Platform//Bookings//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var booking in bookings)
        {
            var (name, location) = offerings.GetValueOrDefault(booking.OfferingId, ("Booking", null));
            if (rooms.TryGetValue(booking.Id, out var room))
                location = providerIds.Contains(booking.ProviderId) ? videoLinks.Of(room).HostUrl : room.JoinUrl;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{booking.Id}@platform",
                Summary = name,
                DtStart = new CalDateTime(booking.StartsAt.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(booking.EndsAt.UtcDateTime, "UTC"),
                DtStamp = new CalDateTime(booking.UpdatedAt.UtcDateTime, "UTC"),
                Location = string.IsNullOrWhiteSpace(location) ? null : location,
                Status = booking.Status == BookingStatus.Confirmed ? "CONFIRMED" : "TENTATIVE",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
