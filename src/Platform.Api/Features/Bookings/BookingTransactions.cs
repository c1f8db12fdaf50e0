using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Api.Data;

namespace Platform.Api.Features.Bookings;

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
}
