using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Notifications.Email.Templates;
using Platform.Api.Features.Notifications.SelfService;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Video;
using Platform.Tenancy;

namespace Platform.Api.Features.Notifications.Email;

/// <summary>
/// Fills a <see cref="TemplateModel"/> for one delivery from the rows as they are now and the payload's snapshot,
/// with exactly the paths of <see cref="TemplateVariables"/>: times in the recipient's zone and language.
/// </summary>
public sealed class EmailModels(PlatformDbContext db, SelfServiceLinks links, VideoLinks videoLinks)
{
    public static TemplateModel Common(Tenant organization, string email, string? name) => new TemplateModel()
        .Set("organization.name", organization.Name)
        .Set("organization.logoUrl", organization.LogoUrl)
        .Set("organization.brandColor", string.IsNullOrWhiteSpace(organization.BrandColor) ? "#334155" : organization.BrandColor)
        .Set("recipient.name", name)
        .Set("recipient.email", email);

    /// <summary>The booking's part; self-service links only for its customer while there is something left to change.</summary>
    public async Task<BookingInviteFacts> AddBookingAsync(
        TemplateModel model, Tenant organization, Booking booking, EmailPayload payload, string language,
        CancellationToken cancellationToken)
    {
        var zone = payload.TimeZone ?? organization.TimeZone;
        var offering = await db.Offerings.AsNoTracking().SingleOrDefaultAsync(o => o.Id == booking.OfferingId, cancellationToken);
        var provider = await (
            from p in db.Providers.AsNoTracking()
            join m in db.Memberships.AsNoTracking() on p.MembershipId equals m.Id
            join u in db.Users.AsNoTracking() on m.UserId equals u.Id
            where p.Id == booking.ProviderId
            select new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken);
        var customer = booking.CustomerUserId is { } userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { DisplayName = (string?)u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken)
            : new { DisplayName = booking.GuestName, Email = booking.GuestEmail };
        var location = Location(offering);
        if (offering?.LocationKind == LocationKind.Video
            && await videoLinks.ForBookingAsync(booking.Id, cancellationToken) is { } room)
        {
            // The room's link: the customer's join link; the host's (host rights) for hosts and administrators.
            location = payload.Customer == true || string.IsNullOrEmpty(room.HostUrl) ? room.JoinUrl : room.HostUrl;
        }

        model.Set("booking.reference", booking.Id.ToString("N")[..8].ToUpperInvariant())
            .Set("booking.offering", offering?.Name)
            .Set("booking.start", EmailFormats.Time(booking.StartsAt, zone, language))
            .Set("booking.end", EmailFormats.Time(booking.EndsAt, zone, language))
            .Set("booking.timeZone", EmailFormats.Zone(zone).Id)
            .Set("booking.provider", provider?.DisplayName ?? provider?.Email)
            .Set("booking.customer", customer?.DisplayName ?? customer?.Email)
            .Set("booking.location", location)
            .Set("booking.seats", booking.Seats.ToString(EmailFormats.Culture(language)));
        var open = booking.Status is BookingStatus.Confirmed or BookingStatus.AwaitingHost;
        model.Set("links.cancel", payload.Customer == true && open
                ? links.CancelUrl(organization.Slug, organization.Id, booking.Id, booking.EndsAt) : "")
            .Set("links.reschedule", payload.Customer == true && open
                ? links.RescheduleUrl(organization.Slug, organization.Id, booking.Id, booking.EndsAt) : "");
        return new BookingInviteFacts(booking.Id, offering?.Name ?? organization.Name, booking.StartsAt, booking.EndsAt, location,
            organization.Name, "", customer?.Email, customer?.DisplayName);
    }

    /// <summary>The message's own facts from the payload (amounts, deadlines, links, reasons).</summary>
    public static void AddSnapshot(TemplateModel model, EmailPayload payload, string language)
    {
        var zone = payload.TimeZone;
        var amount = EmailFormats.Amount(payload.Amount, payload.Currency, language);
        model.Set("deadline", EmailFormats.Time(payload.Deadline, zone, language))
            .Set("reason", payload.Reason)
            .Set("previous.start", EmailFormats.Time(payload.PreviousStart, zone, language))
            .Set("refund.amount", amount)
            .Set("refund.percent", payload.Percent?.ToString(EmailFormats.Culture(language)))
            .Set("payment.amount", amount)
            .Set("payout.amount", amount)
            .Set("link", payload.Link)
            .Set("expires", EmailFormats.Time(payload.Expires, zone, language))
            .Set("invitation.link", payload.Link)
            .Set("invitation.expires", EmailFormats.Time(payload.Expires, zone, language));
        foreach (var (path, value) in payload.Values ?? []) model.Set(path, value);
    }

    private static string? Location(Offering? offering) => offering?.LocationKind switch
    {
        null => null,
        LocationKind.Video => offering.LocationDetail ?? offering.VideoProvider,
        _ => offering.LocationDetail,
    };
}
