using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

/// <summary>
/// The recurring sweep (every minute): in each organization, writes EXPIRED on holds and host
/// confirmations whose time ran out (one event each), closes expired carts, and hands freed group
/// seats to waitlists. Queries never wait for it (expiry is judged by the clock), so it only makes
/// the rows, the audit trail and the waitlists catch up.
/// </summary>
public sealed class ExpireBookingsJob(PlatformDbContext db, ICurrentTenant currentTenant, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExpireBookingsJob> logger)
{
    public const string RecurringId = "bookings:expire";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking().Where(t => t.Status == TenantStatus.Active).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
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

/// <summary>One organization's share of <see cref="ExpireBookingsJob"/>, with the organization already current.</summary>
public sealed class BookingSweep(PlatformDbContext db, CartService carts, WaitlistPromoter promoter, IBookingPayments payments)
{
    public const int BatchSize = 500;

    public async Task<int> RunAsync(Guid tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var touched = new HashSet<Guid>();
        var expired = 0;
        while (true)
        {
            await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
            var batch = await db.ExpireDueAsync(tenantId, new ExpiryScope { SkipLocked = true, Limit = BatchSize }, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            expired += batch.Count;
            // Authorizations of expired bookings are released (and captured shares decided) by payments.
            if (batch.Count > 0) await payments.OnBookingsChangedAsync([.. batch.Select(b => b.Id)], waitForProvider: false, cancellationToken);
            touched.UnionWith(batch.Where(b => b.OccurrenceId is not null).Select(b => b.OccurrenceId!.Value));
            if (batch.Count < BatchSize) break;
        }
        await carts.CloseExpiredAsync(now, cancellationToken);

        // Occurrences whose seats just freed, and any with a queue (a seat freed elsewhere, an earlier failed run).
        var queued = await db.WaitlistEntries.AsNoTracking().Where(e => e.Status == WaitlistStatus.Waiting)
            .Select(e => e.OccurrenceId).Distinct().Take(WaitlistPromoter.MaxOffersPerRun).ToListAsync(cancellationToken);
        touched.UnionWith(queued);
        foreach (var occurrence in touched.Order()) await promoter.PromoteAsync(occurrence, cancellationToken);
        return expired;
    }
}
