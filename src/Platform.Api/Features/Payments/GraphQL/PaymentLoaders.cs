using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.DataLoaders;

namespace Platform.Api.Features.Payments.GraphQL;

/// <summary>Batch loaders for a booking's payment and refunds: one query per relation per request level.</summary>
internal static class PaymentLoaders
{
    public static BatchLoader<Guid, Payment> PaymentsById(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, Payment>("payments-by-id", async (ids, ct) =>
            await db.Payments.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct)
        );

    public static BatchLoader<Guid, List<PaymentRefund>> RefundsByBooking(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<PaymentRefund>>("refunds-by-booking", async (ids, ct) =>
        {
            var rows = (
                await db
                    .PaymentRefunds.AsNoTracking()
                    .Where(r => ids.Contains(r.BookingId))
                    .OrderBy(r => r.CreatedAt)
                    .ThenBy(r => r.Sequence)
                    .ToListAsync(ct)
            ).ToLookup(r => r.BookingId);
            return ids.ToDictionary(id => id, id => rows[id].ToList());
        });
}
