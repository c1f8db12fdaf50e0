using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Organizations;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.Queries;

/// <summary>
/// Who may see and act on which bookings. Administrators and staff see all of their organization's;
/// a provider sees their own agenda; a customer sees their own bookings. RLS already confines
/// everything to the organization; these rules divide it among its people.
/// </summary>
public sealed class BookingAccess(PlatformDbContext db)
{
    private Guid? _ownProviderId;
    private bool _ownProviderLoaded;

    /// <summary>The provider row of the caller's own membership, if they are a provider here (cached per request).</summary>
    public async Task<Guid?> OwnProviderIdAsync(PlatformUserContext caller, CancellationToken cancellationToken)
    {
        if (_ownProviderLoaded)
            return _ownProviderId;
        _ownProviderId =
            caller.Membership is { } membership && !caller.TokenTenantMismatch
                ? await db
                    .Providers.AsNoTracking()
                    .Where(p => p.MembershipId == membership.Id)
                    .Select(p => (Guid?)p.Id)
                    .SingleOrDefaultAsync(cancellationToken)
                : null;
        _ownProviderLoaded = true;
        return _ownProviderId;
    }

    /// <summary>Sees every booking of the organization: owners, admins and front-desk staff.</summary>
    public static bool SeesAll(PlatformUserContext caller) => caller.StaffRole is StaffRole.Owner or StaffRole.Admin or StaffRole.Staff;

    /// <summary>The bookings the caller may see.</summary>
    public async Task<IQueryable<Booking>> VisibleAsync(PlatformUserContext caller, CancellationToken cancellationToken)
    {
        var bookings = db.Bookings.AsNoTracking();
        if (caller.Tenant is null || caller.TokenTenantMismatch)
            return bookings.Where(b => false);
        if (SeesAll(caller))
            return bookings;
        var userId = caller.UserId;
        var providerId = await OwnProviderIdAsync(caller, cancellationToken);
        if (userId is null && providerId is null)
            return bookings.Where(b => false);
        return bookings.Where(b => (userId != null && b.CustomerUserId == userId) || (providerId != null && b.ProviderId == providerId));
    }

    /// <summary>The caller's part in <paramref name="booking"/>, or null when it is none of their business.</summary>
    public async Task<BookingActor?> ActorForAsync(PlatformUserContext caller, Booking booking, CancellationToken cancellationToken)
    {
        if (caller.Tenant is null || caller.TokenTenantMismatch)
            return null;
        if (caller.UserId is { } userId && booking.CustomerUserId == userId)
            return BookingActor.Customer;
        if (await OwnProviderIdAsync(caller, cancellationToken) is { } providerId && booking.ProviderId == providerId)
            return BookingActor.Provider;
        return caller.StaffRole switch
        {
            StaffRole.Owner or StaffRole.Admin => BookingActor.Administrator,
            StaffRole.Staff => BookingActor.Staff,
            _ => null,
        };
    }
}
