using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Notifications.SelfService;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Video;
using Platform.Modules.Calendars;

namespace Platform.Api.Features.Calendars.Events;

/// <summary>
/// What a booking looks like in the host's calendar: the offering and the customer in the title; who, how many, where,
/// the video link and the links to move or cancel it in the description. The customer is not added as an attendee:
/// they have their own invitation from the platform, and services would send a second one.
/// </summary>
public sealed class CalendarEventContent(PlatformDbContext db, SelfServiceLinks links, VideoLinks videoLinks)
{
    public async Task<CalendarEventSpec> SpecAsync(Booking booking, CalendarConnection connection, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.AsNoTracking().SingleAsync(o => o.Id == booking.OfferingId, cancellationToken);
        var organization = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == booking.TenantId, cancellationToken);
        var zone = await db.Providers.AsNoTracking().Where(p => p.Id == booking.ProviderId).Select(p => p.TimeZone)
            .SingleAsync(cancellationToken);
        var customer = booking.CustomerUserId is { } userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { Name = (string?)u.DisplayName, u.Email })
                .SingleOrDefaultAsync(cancellationToken)
            : new { Name = booking.GuestName, Email = booking.GuestEmail };
        // The host's own calendar: the host link (moderator, owner token), which customers never see.
        var video = (await videoLinks.ForBookingAsync(booking.Id, cancellationToken))?.HostUrl;
        var who = customer?.Name ?? customer?.Email ?? "Guest";
        var location = offering.LocationKind == LocationKind.Video ? video ?? offering.LocationDetail : offering.LocationDetail;

        var description = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{offering.Name} with {who}{(customer?.Email is { } email ? $" <{email}>" : "")}")
            .AppendLine(booking.Seats > 1 ? string.Create(CultureInfo.InvariantCulture, $"Seats: {booking.Seats}") : "");
        if (video is not null) description.AppendLine(CultureInfo.InvariantCulture, $"Join: {video}");
        if (location is not null && location != video) description.AppendLine(CultureInfo.InvariantCulture, $"Where: {location}");
        var reschedule = links.RescheduleUrl(organization.Slug, organization.Id, booking.Id, booking.EndsAt);
        var cancel = links.CancelUrl(organization.Slug, organization.Id, booking.Id, booking.EndsAt);
        var reference = booking.Id.ToString("N")[..8].ToUpperInvariant();
        description.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Reschedule: {reschedule}")
            .AppendLine(CultureInfo.InvariantCulture, $"Cancel: {cancel}")
            .AppendLine(CultureInfo.InvariantCulture, $"Booked with {organization.Name}, reference {reference}");

        return new CalendarEventSpec(
            Key: $"platform-{booking.Id:N}-{connection.Id:N}",
            Title: $"{offering.Name}: {who}",
            Description: description.ToString().Replace("\n\n\n", "\n\n", StringComparison.Ordinal).Trim(),
            StartsAt: booking.StartsAt,
            EndsAt: booking.EndsAt,
            TimeZone: zone,
            Location: location,
            VideoUrl: video,
            AttendeeEmail: null,
            AttendeeName: null);
    }
}
