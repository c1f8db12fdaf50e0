using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.Features.Bookings.Settings;
using Platform.Api.Features.Bookings.Waitlists;
using Platform.Api.Features.Offerings.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Lifecycle;

/// <summary>
/// Status changes of one booking: confirm, decline, cancel, mark completed or no-show, and finalize
/// a hold. Each runs under the booking's row lock (after its occurrence's, for groups), is judged by
/// <see cref="BookingStateMachine"/> on the locked row, and appends its event in the same transaction.
/// </summary>
public sealed class LifecycleService(
    PlatformDbContext db,
    BookingAccess access,
    BookingSettingsService settings,
    WaitlistPromoter promoter,
    IBookingPayments payments,
    TimeProvider clock
)
{
    public async Task<BookingPayload> ActAsync(
        PlatformUserContext caller,
        string bookingId,
        BookingAction action,
        string? reason,
        CancellationToken cancellationToken
    )
    {
        if (reason is { Length: > 1000 })
            return BookingPayload.Fail("INVALID_REASON", "A reason is at most 1,000 characters.", "reason");
        var found = await FindAsync(caller, bookingId, cancellationToken);
        if (found is not var (snapshot, actor))
            return NotFound();
        return await ApplyAsync(snapshot, action, actor, caller.UserId, reason, cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="action"/> by <paramref name="actor"/> to the booking whose earlier read is
    /// <paramref name="snapshot"/>; re-reads it under lock, so the judgement is on committed state.
    /// </summary>
    public Task<BookingPayload> ApplyAsync(
        Booking snapshot,
        BookingAction action,
        BookingActor actor,
        Guid? actorUserId,
        string? reason,
        CancellationToken cancellationToken
    ) => db.RetryOnceOnConflictAsync(() => ApplyOnceAsync(snapshot, action, actor, actorUserId, reason, cancellationToken));

    private async Task<BookingPayload> ApplyOnceAsync(
        Booking snapshot,
        BookingAction action,
        BookingActor actor,
        Guid? actorUserId,
        string? reason,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetDatabaseNow();
        // A host confirming a booking whose authorization is gone would confirm it unpaid: the lapse rule applies instead.
        if (
            action == BookingAction.Confirm
            && snapshot.PaymentId is { } paymentId
            && await payments.AuthorizationLapsedAsync(paymentId, cancellationToken)
        )
            return await PaymentExpiredAsync(snapshot.Id, cancellationToken);
        // A quick refusal without a transaction for what cannot work anyway.
        if (BookingStateMachine.Check(FactsOf(snapshot), action, actor, Instant.FromDateTimeOffset(now)) is { } early)
            return Refused(early);

        var policy = action == BookingAction.Finalize ? await settings.GetAsync(cancellationToken) : null;
        Booking booking;
        try
        {
            await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
            if (snapshot.OccurrenceId is { } occurrence)
                await db.LockOccurrenceAsync(occurrence, cancellationToken);
            await db.LockBookingAsync(snapshot.Id, cancellationToken);
            booking = await db.Bookings.SingleAsync(b => b.Id == snapshot.Id, cancellationToken);
            now = clock.GetDatabaseNow();
            if (BookingStateMachine.Check(FactsOf(booking), action, actor, Instant.FromDateTimeOffset(now)) is { } refusal)
                return Refused(refusal);

            var to = BookingStateMachine.Target(booking.Status, action, booking.RequiresConfirmation)!.Value;
            object? details = null;
            if (to is BookingStatus.Cancelled or BookingStatus.Declined)
            {
                var refund = RefundRule.For(
                    action,
                    actor,
                    booking.Status,
                    booking.PaymentStatus,
                    booking.PriceAmount,
                    booking.Currency,
                    PolicyOf(booking),
                    Instant.FromDateTimeOffset(booking.StartsAt),
                    Instant.FromDateTimeOffset(now)
                );
                booking.RefundPercent = refund.RefundPercent;
                booking.RefundAmount = refund.RefundAmount;
                booking.CancelledAt = now;
                booking.PaymentStatus = booking.PaymentStatus.OnExit();
                details = new
                {
                    refund.RefundPercent,
                    refund.RefundAmount,
                    booking.Currency,
                };
            }
            if (to == BookingStatus.AwaitingHost)
                booking.ConfirmationExpiresAt = BookingRules.ConfirmationDeadline(now, booking.StartsAt, policy!.ConfirmationMinutes);
            if (to == BookingStatus.Confirmed)
                booking.ConfirmationExpiresAt = null;
            db.BookingEvents.Add(BookingLog.Transition(booking, to, actor, actorUserId, reason, now, details));
            await SettleWaitlistOfferAsync(booking, to, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (BookingRules.IsTransientConflict(e))
        {
            return BookingPayload.Fail(BookingRules.TransientConflict());
        }

        if (booking.PaymentId is not null)
        {
            // The host waits for the capture (or the refund) to go through: show the booking as it then stands.
            await payments.OnBookingsChangedAsync([booking.Id], waitForProvider: true, cancellationToken);
            booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == booking.Id, cancellationToken);
            // The authorization lapsed between the check and the capture: the booking follows the lapse rule.
            if (action == BookingAction.Confirm && booking.Status != BookingStatus.Confirmed)
                return PaymentExpired(booking);
        }
        if (booking.OccurrenceId is { } freed && BookingStateMachine.IsFinal(booking.Status))
            await promoter.PromoteAsync(freed, cancellationToken);
        return new BookingPayload(booking);
    }

    /// <summary>The booking if the caller may see it, with their part in it.</summary>
    public async Task<(Booking Booking, BookingActor Actor)?> FindAsync(
        PlatformUserContext caller,
        string bookingId,
        CancellationToken cancellationToken
    )
    {
        if (GlobalId.TryDecode(bookingId, BookingType.TypeName) is not { } id)
            return null;
        var booking = await (await access.VisibleAsync(caller, cancellationToken)).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking is null)
            return null;
        return await access.ActorForAsync(caller, booking, cancellationToken) is { } actor ? (booking, actor) : null;
    }

    public static BookingFacts FactsOf(Booking booking) =>
        new()
        {
            Status = booking.Status,
            Payment = booking.PaymentStatus,
            Start = Instant.FromDateTimeOffset(booking.StartsAt),
            End = Instant.FromDateTimeOffset(booking.EndsAt),
            HoldExpiresAt = booking.HoldExpiresAt is { } hold ? Instant.FromDateTimeOffset(hold) : null,
            ConfirmationExpiresAt = booking.ConfirmationExpiresAt is { } deadline ? Instant.FromDateTimeOffset(deadline) : null,
            RescheduleCutoff = Duration.FromMinutes(booking.RescheduleCutoffMinutes),
        };

    /// <summary>The cancellation policy snapshotted on the booking at hold time.</summary>
    public static CancellationPolicy PolicyOf(Booking booking) =>
        new(
            booking.RefundTiers.Select(t => new RefundTier(Duration.FromMinutes(t.MinimumNoticeMinutes), t.RefundPercent)),
            Duration.FromMinutes(booking.RescheduleCutoffMinutes)
        );

    /// <summary>A waitlist offer taken becomes BOOKED; one let go (cancelled) is LEFT.</summary>
    private async Task SettleWaitlistOfferAsync(Booking booking, BookingStatus to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcome = to switch
        {
            BookingStatus.Confirmed or BookingStatus.AwaitingHost => WaitlistStatus.Booked,
            BookingStatus.Cancelled => WaitlistStatus.Left,
            _ => (WaitlistStatus?)null,
        };
        if (outcome is null)
            return;
        await db
            .WaitlistEntries.Where(e => e.OfferedBookingId == booking.Id && e.Status == WaitlistStatus.Offered)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, outcome.Value).SetProperty(e => e.ResolvedAt, now), cancellationToken);
    }

    private async Task<BookingPayload> PaymentExpiredAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        await payments.OnBookingsChangedAsync([bookingId], waitForProvider: true, cancellationToken);
        return PaymentExpired(await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == bookingId, cancellationToken));
    }

    private static BookingPayload PaymentExpired(Booking booking) =>
        new(booking)
        {
            UserErrors =
            [
                new UserError(
                    "PAYMENT_EXPIRED",
                    "The customer's payment authorization has lapsed, so the booking was not confirmed: the customer is asked to pay "
                    + "again, or the hold expires."
                ),
            ],
        };

    private static BookingPayload Refused(Refusal refusal) => BookingPayload.Fail(refusal.Code, refusal.Message);

    private static BookingPayload NotFound() => BookingPayload.Fail("NOT_FOUND", "No such booking of yours here.", "id");
}
