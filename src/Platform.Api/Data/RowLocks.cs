using Microsoft.EntityFrameworkCore;

namespace Platform.Api.Data;

/// <summary>
/// Serializes "replace all children" writes (price rules, weekly hours, a date's overrides) on their
/// parent row: without it two concurrent replaces both delete, then both insert, and the second
/// trips a unique index or leaves a mix of both. Call inside a transaction.
/// </summary>
public static class RowLocks
{
    public static async Task LockOfferingAsync(this PlatformDbContext db, Guid offeringId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM offerings WHERE id = {offeringId} FOR UPDATE", cancellationToken);

    public static async Task LockMembershipAsync(this PlatformDbContext db, Guid membershipId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM memberships WHERE id = {membershipId} FOR UPDATE", cancellationToken);

    /// <summary>Serializes every change to one booking (two hosts confirming at once, a cancel racing a reschedule).</summary>
    public static async Task LockBookingAsync(this PlatformDbContext db, Guid bookingId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM bookings WHERE id = {bookingId} FOR UPDATE", cancellationToken);

    /// <summary>
    /// Serializes seat counting of one group occurrence. Always taken before any of its bookings' locks,
    /// so two writers can never wait on each other in opposite orders.
    /// </summary>
    public static async Task LockOccurrenceAsync(this PlatformDbContext db, Guid occurrenceId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM group_occurrences WHERE id = {occurrenceId} FOR UPDATE",
            cancellationToken);

    /// <summary>
    /// Serializes writes that add to one provider's calendar (holds, moves, waitlist offers) until the
    /// transaction ends. The exclusion constraint decides conflicts either way, but concurrent inserts of
    /// overlapping rows wait on each other's uncommitted rows, and with dozens at once those waits turn
    /// into deadlock-detector timeouts (a second each). Taken before any occurrence lock.
    /// </summary>
    public static async Task LockProviderCalendarAsync(this PlatformDbContext db, Guid tenantId, Guid providerId,
        CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({CalendarLockKey(tenantId, providerId)}, 0))", cancellationToken);

    private static string CalendarLockKey(Guid tenantId, Guid providerId) =>
        "calendar:" + tenantId.ToString("N") + ":" + providerId.ToString("N");
}
