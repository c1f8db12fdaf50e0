using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Organizations;

namespace Platform.Api.Features.Notifications.Recipients;

/// <summary>
/// Who a booking's messages go to, under the current organization: the customer (their account, or the guest's
/// address), the provider, the administrators. Language: the person's choice, else the organization's default;
/// time zone: the person's, else the provider's (for hosts) or the organization's.
/// </summary>
public sealed class MessageRecipients(PlatformDbContext db)
{
    public static readonly IReadOnlyList<string> Languages = ["en", "de"];

    public async Task<Recipient?> CustomerAsync(Booking booking, CancellationToken cancellationToken)
    {
        var organization = await OrganizationAsync(booking.TenantId, cancellationToken);
        if (booking.CustomerUserId is { } userId)
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.Email, u.DisplayName, u.PreferredLanguage, u.TimeZone }).SingleOrDefaultAsync(cancellationToken);
            if (user?.Email is null) return null;
            return new Recipient(user.Email, user.DisplayName, LanguageOf(user.PreferredLanguage, organization.DefaultLanguage),
                user.TimeZone ?? organization.TimeZone, userId);
        }

        return booking.GuestEmail is null
            ? null
            : new Recipient(booking.GuestEmail, booking.GuestName, LanguageOf(null, organization.DefaultLanguage), organization.TimeZone);
    }

    public async Task<Recipient?> ProviderAsync(Guid providerId, CancellationToken cancellationToken)
    {
        var row = await (
            from provider in db.Providers.AsNoTracking()
            join membership in db.Memberships.AsNoTracking() on provider.MembershipId equals membership.Id
            join user in db.Users.AsNoTracking() on membership.UserId equals user.Id
            where provider.Id == providerId
            select new
            {
                provider.TenantId, provider.TimeZone, user.Id, user.Email, user.DisplayName, user.PreferredLanguage, Zone = user.TimeZone,
            }
        ).SingleOrDefaultAsync(cancellationToken);
        if (row?.Email is null) return null;
        var organization = await OrganizationAsync(row.TenantId, cancellationToken);
        return new Recipient(row.Email, row.DisplayName, LanguageOf(row.PreferredLanguage, organization.DefaultLanguage),
            row.Zone ?? row.TimeZone, row.Id);
    }

    /// <summary>The owners and administrators of the organization.</summary>
    public async Task<IReadOnlyList<Recipient>> AdministratorsAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var organization = await OrganizationAsync(tenantId, cancellationToken);
        var rows = await (
            from membership in db.Memberships.AsNoTracking()
            join user in db.Users.AsNoTracking() on membership.UserId equals user.Id
            where membership.StaffRole == StaffRole.Owner || membership.StaffRole == StaffRole.Admin
            orderby user.Email
            select new { user.Id, user.Email, user.DisplayName, user.PreferredLanguage, user.TimeZone }
        ).ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.Email is not null).Select(r => new Recipient(r.Email!, r.DisplayName,
            LanguageOf(r.PreferredLanguage, organization.DefaultLanguage), r.TimeZone ?? organization.TimeZone, r.Id))];
    }

    /// <summary>A person by account (an invitation's or a waitlist's), in this organization's defaults.</summary>
    public async Task<Recipient?> UserAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken)
    {
        var organization = await OrganizationAsync(tenantId, cancellationToken);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredLanguage, u.TimeZone }).SingleOrDefaultAsync(cancellationToken);
        return user?.Email is null
            ? null
            : new Recipient(user.Email, user.DisplayName, LanguageOf(user.PreferredLanguage, organization.DefaultLanguage),
                user.TimeZone ?? organization.TimeZone, userId);
    }

    public static string LanguageOf(string? preferred, string? fallback)
    {
        if (preferred is not null && Languages.Contains(preferred)) return preferred;
        return fallback is not null && Languages.Contains(fallback) ? fallback : "en";
    }

    private async Task<Platform.Tenancy.Tenant> OrganizationAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, cancellationToken);
}
