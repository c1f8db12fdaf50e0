using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.DataLoaders;

namespace Platform.Api.Features.Bookings.GraphQL;

/// <summary>Batch loaders for booking relations: one query per relation per request level.</summary>
internal static class BookingLoaders
{
    public static BatchLoader<Guid, Booking> BookingsById(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, Booking>("bookings-by-id", async (ids, ct) =>
            await db.Bookings.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct)
        );

    /// <summary>Each booking's audit trail, oldest first.</summary>
    public static BatchLoader<Guid, List<BookingEvent>> EventsByBooking(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<BookingEvent>>("events-by-booking", async (ids, ct) =>
        {
            var rows = (
                await db.BookingEvents.AsNoTracking().Where(e => ids.Contains(e.BookingId)).OrderBy(e => e.Sequence).ToListAsync(ct)
            ).ToLookup(e => e.BookingId);
            return ids.ToDictionary(id => id, id => rows[id].ToList());
        });

    public static BatchLoader<Guid, Cart> CartsById(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, Cart>("carts-by-id", async (ids, ct) =>
            await db.Carts.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct)
        );

    public static BatchLoader<Guid, List<Booking>> BookingsByCart(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<Booking>>("bookings-by-cart", async (ids, ct) =>
        {
            var rows = (
                await db
                    .Bookings.AsNoTracking()
                    .Where(b => b.CartId != null && ids.Contains(b.CartId.Value))
                    .OrderBy(b => b.StartsAt)
                    .ThenBy(b => b.Id)
                    .ToListAsync(ct)
            ).ToLookup(b => b.CartId!.Value);
            return ids.ToDictionary(id => id, id => rows[id].ToList());
        });

    public static BatchLoader<Guid, BookingSeries> SeriesById(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, BookingSeries>("series-by-id", async (ids, ct) =>
            await db.BookingSeries.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct)
        );

    public static BatchLoader<Guid, List<Booking>> BookingsBySeries(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<Booking>>("bookings-by-series", async (ids, ct) =>
        {
            var rows = (
                await db
                    .Bookings.AsNoTracking()
                    .Where(b => b.SeriesId != null && ids.Contains(b.SeriesId.Value))
                    .OrderBy(b => b.SeriesIndex)
                    .ToListAsync(ct)
            ).ToLookup(b => b.SeriesId!.Value);
            return ids.ToDictionary(id => id, id => rows[id].ToList());
        });

    public static BatchLoader<Guid, GroupOccurrence> OccurrencesById(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, GroupOccurrence>("occurrences-by-id", async (ids, ct) =>
            await db.GroupOccurrences.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct)
        );

    /// <summary>1-based place in line of waiting entries (FIFO by arrival); entries not waiting have none.</summary>
    public static BatchLoader<Guid, int> WaitlistPositions(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, int>("waitlist-positions", async (ids, ct) =>
        {
            var occurrences = db
                .WaitlistEntries.Where(e => ids.Contains(e.Id) && e.Status == WaitlistStatus.Waiting)
                .Select(e => e.OccurrenceId);
            var queues = (
                await db
                    .WaitlistEntries.AsNoTracking()
                    .Where(e => e.Status == WaitlistStatus.Waiting && occurrences.Contains(e.OccurrenceId))
                    .OrderBy(e => e.CreatedAt)
                    .ThenBy(e => e.Id)
                    .Select(e => new { e.Id, e.OccurrenceId })
                    .ToListAsync(ct)
            ).GroupBy(e => e.OccurrenceId);
            return queues
                .SelectMany(q => q.Select((e, i) => (e.Id, Position: i + 1)))
                .Where(p => ids.Contains(p.Id))
                .ToDictionary(p => p.Id, p => p.Position);
        });
}
