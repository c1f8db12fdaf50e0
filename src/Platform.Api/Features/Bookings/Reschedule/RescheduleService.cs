using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Platform.Api.Data;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Availability.Slots;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Expiry;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.Holds;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Bookings.Waitlists;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Reschedule;

/// <summary>
/// Moves a booking to another start (and optionally another provider of the same offering) in one
/// transaction: the old slot is given up only if the new one is won. Customers must respect the
/// cut-off snapshotted at hold time; hosts may move a booking until it starts. The price stays as
/// agreed. Two moves into one free slot: the exclusion constraint lets exactly one win.
/// </summary>
public sealed class RescheduleService(
    PlatformDbContext db,
    LifecycleService lifecycle,
    SlotService slots,
    WaitlistPromoter promoter,
    TimeProvider clock
)
{
    public Task<BookingPayload> RescheduleAsync(
        PlatformUserContext caller,
        string bookingId,
        DateTimeOffset newStart,
        string? providerId,
        string? reason,
        CancellationToken cancellationToken
    ) =>
        db.RetryOnceOnConflictAsync(() =>
            RescheduleOnceAsync(caller, () => lifecycle.FindAsync(caller, bookingId, cancellationToken), newStart, providerId, reason,
                cancellationToken)
        );

    /// <summary>
    /// The same move, by the booking's customer who holds a self-service link instead of a session (guests have no
    /// account): <paramref name="caller"/> names the organization and, for an account holder, the customer.
    /// </summary>
    public Task<BookingPayload> RescheduleAsCustomerAsync(
        PlatformUserContext caller,
        Guid bookingId,
        DateTimeOffset newStart,
        string? reason,
        CancellationToken cancellationToken
    ) =>
        db.RetryOnceOnConflictAsync(() =>
            RescheduleOnceAsync(
                caller,
                async () =>
                    await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken) is { } booking
                        ? (booking, BookingActor.Customer)
                        : null,
                newStart,
                null,
                reason,
                cancellationToken
            )
        );

    private async Task<BookingPayload> RescheduleOnceAsync(
        PlatformUserContext caller,
        Func<Task<(Booking Booking, BookingActor Actor)?>> find,
        DateTimeOffset newStart,
        string? providerId,
        string? reason,
        CancellationToken cancellationToken
    )
    {
        if (caller.Tenant is not { } tenant)
            return BookingPayload.Fail("ORGANIZATION_REQUIRED", "Use the organization's address, /t/{slug}/graphql.");
        if (reason is { Length: > 1000 })
            return BookingPayload.Fail("INVALID_REASON", "A reason is at most 1,000 characters.", "reason");
        var found = await find();
        if (found is not var (snapshot, actor))
            return BookingPayload.Fail("NOT_FOUND", "No such booking of yours here.", "id");
        var now = clock.GetDatabaseNow();
        if (
            BookingStateMachine.Check(
                LifecycleService.FactsOf(snapshot),
                BookingAction.Reschedule,
                actor,
                Instant.FromDateTimeOffset(now)
            ) is
            { } refusal
        )
            return BookingPayload.Fail(refusal.Code, refusal.Message);

        var onSale = await OfferingOnSale.FindAsync(db, GlobalId.Encode(OfferingType.TypeName, snapshot.OfferingId), cancellationToken);
        if (onSale is null)
            return BookingPayload.Fail("NOT_FOR_SALE", "This offering is no longer on sale; cancel instead.", "id");
        var offering = onSale.Offering;
        var targetProviders = providerId is null ? [snapshot.ProviderId] : onSale.ProvidersFor(providerId);
        if (targetProviders is null)
            return BookingPayload.Fail("NOT_FOUND", "That provider does not deliver this offering.", "providerId");
        if (newStart == snapshot.StartsAt && targetProviders[0] == snapshot.ProviderId)
            return BookingPayload.Fail("SAME_TIME", "The booking already starts then.", "start");
        if (newStart <= now)
            return BookingPayload.Fail("START_IN_PAST", "The new start has already passed.", "start");

        var start = Instant.FromDateTimeOffset(newStart);
        var length = Duration.FromTimeSpan(snapshot.EndsAt - snapshot.StartsAt);
        var slot = await slots.FindSlotAsync(offering, targetProviders, start, length, snapshot.Seats, snapshot.Id, cancellationToken);
        if (slot is null)
            return BookingPayload.Fail(
                await slots.WhyNotAsync(offering, targetProviders, start, length, snapshot.Seats, snapshot.Id, cancellationToken)
            );

        var from = new { start = snapshot.StartsAt, providerId = GlobalId.Encode(ProviderType.TypeName, snapshot.ProviderId) };
        Booking booking;
        try
        {
            await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
            // The same order as every writer: the provider's calendar, then occurrences, then the booking.
            await db.LockProviderCalendarAsync(tenant.Id, slot.ProviderId, cancellationToken);
            Guid? newOccurrence = null;
            if (offering.Format == OfferingFormat.Group)
            {
                // Both occurrences' locks, the old one first when it sorts first, so movers in opposite directions cannot deadlock.
                newOccurrence = await LockBothAsync(
                    tenant.Id,
                    snapshot.OccurrenceId,
                    offering.Id,
                    slot.ProviderId,
                    newStart,
                    now,
                    cancellationToken
                );
            }
            await db.LockBookingAsync(snapshot.Id, cancellationToken);
            booking = await db.Bookings.SingleAsync(b => b.Id == snapshot.Id, cancellationToken);
            now = clock.GetDatabaseNow();
            if (
                BookingStateMachine.Check(
                    LifecycleService.FactsOf(booking),
                    BookingAction.Reschedule,
                    actor,
                    Instant.FromDateTimeOffset(now)
                ) is
                { } late
            )
                return BookingPayload.Fail(late.Code, late.Message);

            var newEnd = newStart + (booking.EndsAt - booking.StartsAt);
            var blockedFrom = newStart.AddMinutes(-(booking.StartsAt - booking.BlockedFrom).TotalMinutes);
            var blockedUntil = newEnd.AddMinutes((booking.BlockedUntil - booking.EndsAt).TotalMinutes);
            await db.ExpireDueAsync(
                tenant.Id,
                ExpiryScope.ProviderRange(slot.ProviderId, blockedFrom, blockedUntil),
                now,
                cancellationToken
            );
            if (newOccurrence is { } occurrence)
            {
                var taken = await db
                    .Bookings.Where(b => b.OccurrenceId == occurrence && b.Id != booking.Id)
                    .Where(BookingOccupancy.OccupiesAt(now))
                    .SumAsync(b => b.Seats, cancellationToken);
                if (offering.Capacity - taken < booking.Seats)
                    return BookingPayload.Fail("OCCURRENCE_FULL", "Not enough seats are left at the new time.", "start");
            }

            booking.StartsAt = newStart;
            booking.EndsAt = newEnd;
            booking.BlockedFrom = blockedFrom;
            booking.BlockedUntil = blockedUntil;
            booking.ProviderId = slot.ProviderId;
            booking.OccurrenceId = newOccurrence;
            booking.UpdatedAt = now;
            if (booking.ConfirmationExpiresAt is { } deadline && deadline > newStart)
                booking.ConfirmationExpiresAt = newStart;
            db.BookingEvents.Add(
                BookingLog.Rescheduled(
                    booking,
                    actor,
                    caller.UserId,
                    reason,
                    now,
                    new { from, to = new { start = newStart, providerId = GlobalId.Encode(ProviderType.TypeName, slot.ProviderId) } }
                )
            );
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            return BookingPayload.Fail(HoldWriter.SlotTaken());
        }
        catch (Exception e) when (BookingRules.IsTransientConflict(e))
        {
            return BookingPayload.Fail(BookingRules.TransientConflict());
        }

        if (snapshot.OccurrenceId is { } vacated)
            await promoter.PromoteAsync(vacated, cancellationToken);
        return new BookingPayload(booking);
    }

    private async Task<Guid> LockBothAsync(
        Guid tenantId,
        Guid? oldOccurrence,
        Guid offeringId,
        Guid providerId,
        DateTimeOffset start,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var existing = await db
            .GroupOccurrences.AsNoTracking()
            .Where(o => o.OfferingId == offeringId && o.ProviderId == providerId && o.StartsAt == start)
            .Select(o => (Guid?)o.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (oldOccurrence is { } old && (existing is null || old.CompareTo(existing.Value) < 0))
        {
            await db.LockOccurrenceAsync(old, cancellationToken);
            return await db.LockOccurrenceAtAsync(tenantId, offeringId, providerId, start, now, cancellationToken);
        }
        var target = await db.LockOccurrenceAtAsync(tenantId, offeringId, providerId, start, now, cancellationToken);
        if (oldOccurrence is { } other)
            await db.LockOccurrenceAsync(other, cancellationToken);
        return target;
    }
}
