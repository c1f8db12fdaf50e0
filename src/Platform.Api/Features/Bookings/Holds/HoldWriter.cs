using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Expiry;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Offerings;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Holds;

/// <summary>
/// Writes one booking inside the caller's transaction, with the database as the judge of conflicts:
/// the exclusion constraint refuses any overlap with the provider's other commitments, and a group
/// occurrence counts its seats under its own row lock. Writers to one provider's calendar take turns
/// (<see cref="RowLocks.LockProviderCalendarAsync"/>), so the constraint is checked against committed
/// rows rather than dozens of in-flight ones. Expired holds on the way are closed first, because the
/// constraint still sees them.
/// </summary>
public sealed class HoldWriter(PlatformDbContext db)
{
    /// <summary>
    /// Writes <paramref name="request"/>; on a conflict returns the user error and leaves the transaction
    /// usable when <paramref name="savepoint"/> is set (several writes in one transaction), else for the
    /// caller to roll back.
    /// </summary>
    public async Task<(Booking? Booking, UserError? Error)> WriteAsync(
        NewBooking request,
        Guid tenantId,
        DateTimeOffset now,
        bool savepoint,
        CancellationToken cancellationToken
    )
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Write bookings inside a transaction.");
        if (savepoint)
            await transaction.CreateSavepointAsync("hold", cancellationToken);
        var booking = Build(request, now);
        try
        {
            var error = await PrepareAsync(request, booking, tenantId, now, cancellationToken);
            if (error is null)
            {
                db.Bookings.Add(booking);
                db.BookingEvents.Add(BookingLog.Created(booking, request.Actor, request.ActorUserId, request.Reason, now));
                await db.SaveChangesAsync(cancellationToken);
                if (savepoint)
                    await transaction.ReleaseSavepointAsync("hold", cancellationToken);
                return (booking, null);
            }
            await UndoAsync(transaction, savepoint, cancellationToken);
            return (null, error);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            await UndoAsync(transaction, savepoint, cancellationToken);
            return (null, SlotTaken());
        }
    }

    public static UserError SlotTaken() =>
        new("SLOT_UNAVAILABLE", "That time is taken: another booking (or the provider's calendar) holds it. Pick another slot.", "start");

    /// <summary>Closes expired holds in the way, then (for groups) counts seats under the occurrence's lock.</summary>
    private async Task<UserError?> PrepareAsync(
        NewBooking request,
        Booking booking,
        Guid tenantId,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        await db.LockProviderCalendarAsync(tenantId, request.ProviderId, cancellationToken);
        if (request.Offering.Format == OfferingFormat.Group)
        {
            booking.OccurrenceId = await db.LockOccurrenceAtAsync(
                tenantId,
                request.Offering.Id,
                request.ProviderId,
                booking.StartsAt,
                now,
                cancellationToken
            );
            if (
                !request.ForWaitlist
                && await db.WaitlistEntries.AnyAsync(
                    e => e.OccurrenceId == booking.OccurrenceId && e.Status == WaitlistStatus.Waiting,
                    cancellationToken
                )
            )
                return new UserError("OCCURRENCE_FULL", "Customers are waiting for seats at this time; join the waitlist.", "start");
        }

        await db.ExpireDueAsync(
            tenantId,
            ExpiryScope.ProviderRange(request.ProviderId, booking.BlockedFrom, booking.BlockedUntil),
            now,
            cancellationToken
        );

        if (booking.OccurrenceId is { } occurrence)
        {
            var taken = await db
                .Bookings.Where(b => b.OccurrenceId == occurrence)
                .Where(BookingOccupancy.OccupiesAt(now))
                .SumAsync(b => b.Seats, cancellationToken);
            var left = request.Offering.Capacity - taken;
            if (request.Seats > left)
                return new UserError(
                    "OCCURRENCE_FULL",
                    left <= 0 ? "This session is full; join the waitlist." : $"Only {left} of {request.Offering.Capacity} seats are left.",
                    "seats"
                );
        }
        return null;
    }

    private static Booking Build(NewBooking request, DateTimeOffset now)
    {
        var offering = request.Offering;
        var start = request.Start.ToDateTimeOffset();
        var end = (request.Start + request.Length).ToDateTimeOffset();
        return new Booking
        {
            Id = request.Id,
            OfferingId = offering.Id,
            ProviderId = request.ProviderId,
            CustomerUserId = request.Customer.UserId,
            GuestEmail = request.Customer.GuestEmail,
            GuestName = request.Customer.GuestName,
            StartsAt = start,
            EndsAt = end,
            BlockedFrom = start.AddMinutes(-offering.BufferBeforeMinutes),
            BlockedUntil = end.AddMinutes(offering.BufferAfterMinutes),
            Seats = request.Seats,
            Participants = [.. request.Participants],
            Status = request.Status,
            PaymentStatus = request.Price.Amount > 0 ? PaymentStatus.RequiresPayment : PaymentStatus.None,
            HoldExpiresAt = request.HoldExpiresAt,
            ConfirmationExpiresAt = request.ConfirmationExpiresAt,
            PriceAmount = request.Price.Amount,
            UnitAmount = request.Price.UnitAmount,
            Currency = request.Price.Currency,
            PriceRole = request.Price.RoleKey,
            PriceBasis = request.Price.Basis,
            PercentOff = request.Price.PercentOff,
            RefundTiers = [.. offering.RefundTiers],
            RescheduleCutoffMinutes = offering.RescheduleCutoffMinutes,
            RequiresConfirmation = offering.RequiresConfirmation,
            CartId = request.CartId,
            SeriesId = request.SeriesId,
            SeriesIndex = request.SeriesIndex,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private async Task UndoAsync(IDbContextTransaction transaction, bool savepoint, CancellationToken cancellationToken)
    {
        // Nothing of the failed write may reach a later SaveChanges in the same request.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
            entry.State = EntityState.Detached;
        if (savepoint)
            await transaction.RollbackToSavepointAsync("hold", cancellationToken);
    }
}
