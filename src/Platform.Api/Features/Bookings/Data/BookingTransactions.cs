using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Api.Data;
using Platform.Api.GraphQL.Errors;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Bookings.Data;

public static class BookingTransactions
{
    /// <summary>
    /// A transaction for a booking write, without EF's automatic savepoint around each SaveChanges
    /// (two extra round trips each): a failed write ends the transaction in these flows, and the ones
    /// that write several bookings in one transaction set their own savepoints.
    /// </summary>
    public static Task<IDbContextTransaction> BeginBookingTransactionAsync(this PlatformDbContext db, CancellationToken cancellationToken)
    {
        db.Database.AutoSavepointsEnabled = false;
        return db.Database.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>
    /// Runs a flow of a dozen statements on one connection (one pool checkout, one session set-up),
    /// given back as soon as the flow ends rather than when the request does.
    /// </summary>
    public static async Task<T> OnOneConnectionAsync<T>(this PlatformDbContext db, Func<Task<T>> flow, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await flow();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Runs a booking write, and once more when PostgreSQL chose it as a deadlock victim (two writers
    /// waiting on each other's uncommitted rows, e.g. two moves into one slot). The second run sees the
    /// winner's committed row, so the loser gets the plain answer (the slot is taken) instead of a retry request.
    /// </summary>
    public static async Task<TPayload> RetryOnceOnConflictAsync<TPayload>(this PlatformDbContext db, Func<Task<TPayload>> write)
        where TPayload : Payload
    {
        var result = await write();
        if (!result.UserErrors.Any(e => e.Code == BookingRules.TransientConflict().Code)) return result;
        // Nothing of the failed run may leak into the second: it was rolled back in the database.
        db.ChangeTracker.Clear();
        return await write();
    }
}
