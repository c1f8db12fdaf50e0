using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Carts;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Bookings.Waitlists;

namespace Platform.Api.Features.Bookings.Expiry;

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
            if (batch.Count > 0)
                await payments.OnBookingsChangedAsync([.. batch.Select(b => b.Id)], waitForProvider: false, cancellationToken);
            touched.UnionWith(batch.Where(b => b.OccurrenceId is not null).Select(b => b.OccurrenceId!.Value));
            if (batch.Count < BatchSize)
                break;
        }
        await carts.CloseExpiredAsync(now, cancellationToken);

        // Occurrences whose seats just freed, and any with a queue (a seat freed elsewhere, an earlier failed run).
        var queued = await db
            .WaitlistEntries.AsNoTracking()
            .Where(e => e.Status == WaitlistStatus.Waiting)
            .Select(e => e.OccurrenceId)
            .Distinct()
            .Take(WaitlistPromoter.MaxOffersPerRun)
            .ToListAsync(cancellationToken);
        touched.UnionWith(queued);
        foreach (var occurrence in touched.Order())
            await promoter.PromoteAsync(occurrence, cancellationToken);
        return expired;
    }
}
