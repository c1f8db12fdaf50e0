using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings.Expiry;

/// <summary>
/// The recurring sweep (every minute): in each organization, writes EXPIRED on holds and host
/// confirmations whose time ran out (one event each), closes expired carts, and hands freed group
/// seats to waitlists. Queries never wait for it (expiry is judged by the clock), so it only makes
/// the rows, the audit trail and the waitlists catch up.
/// </summary>
public sealed class ExpireBookingsJob(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<ExpireBookingsJob> logger
)
{
    public const string RecurringId = "bookings:expire";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var tenants = await db
            .Tenants.AsNoTracking()
            .Where(t => t.Status == TenantStatus.Active)
            .OrderBy(t => t.Id)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        foreach (var tenantId in tenants)
        {
            // The tenant changes in this method's own flow, so every scope below sees it.
            using (currentTenant.Change(tenantId))
            {
                await using var scope = scopes.CreateAsyncScope();
                var sweep = scope.ServiceProvider.GetRequiredService<BookingSweep>();
                try
                {
                    await sweep.RunAsync(tenantId, clock.GetDatabaseNow(), cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One organization's trouble must not stop the others' expiry.
                    logger.LogError(e, "Booking sweep failed for organization {TenantId}", tenantId);
                }
            }
        }
    }
}
