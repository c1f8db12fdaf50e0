using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Holds;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Identity;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings.Guests;

/// <summary>
/// Guest bookings find their way to an account: a guest booking records (email, organization) in the
/// global claims table; when an account proves it owns that email (confirmation, not mere sign-up, which
/// anyone can do with anyone's address), each such organization's guest bookings (and carts and series)
/// are attached to the account, under that organization's row-level security.
/// </summary>
public sealed class GuestClaims(PlatformDbContext db, ICurrentTenant currentTenant, TimeProvider clock) : IEmailConfirmedHandler
{
    public static async Task RecordAsync(
        PlatformDbContext db,
        string email,
        Guid tenantId,
        DateTimeOffset now,
        CancellationToken cancellationToken
    ) =>
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO platform.guest_email_claims (email, organization_id, created_at)
                VALUES ({email}, {tenantId}, {now.ToUniversalTime()})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken
        );

    public async Task OnEmailConfirmedAsync(User user, CancellationToken cancellationToken)
    {
        var email = BookingCustomers.Normalize(user.Email ?? "");
        var organizations = await db
            .GuestEmailClaims.AsNoTracking()
            .Where(c => c.Email == email)
            .Select(c => c.OrganizationId)
            .ToListAsync(cancellationToken);
        foreach (var organization in organizations)
        {
            await using (await db.EnterTenantAsync(organization, cancellationToken))
            {
                await AttachAsync(user.Id, email, cancellationToken);
            }
        }
    }

    private async Task AttachAsync(Guid userId, string email, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        var bookings = await db.Bookings.Where(b => b.CustomerUserId == null && b.GuestEmail == email).ToListAsync(cancellationToken);
        foreach (var booking in bookings)
        {
            booking.CustomerUserId = userId;
            booking.UpdatedAt = now;
            db.BookingEvents.Add(BookingLog.CustomerAttached(booking, userId, now));
        }
        await db
            .Carts.Where(c => c.CustomerUserId == null && c.GuestEmail == email)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.CustomerUserId, userId), cancellationToken);
        await db
            .BookingSeries.Where(s => s.CustomerUserId == null && s.GuestEmail == email)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.CustomerUserId, userId), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db
            .GuestEmailClaims.Where(c => c.Email == email && c.OrganizationId == currentTenant.Id)
            .ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
