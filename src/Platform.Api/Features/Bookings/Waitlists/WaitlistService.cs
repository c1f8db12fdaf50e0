using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Platform.Api.Data;
using Platform.Api.Features.Availability.Slots;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Holds;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.Features.Offerings;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Waitlists;

/// <summary>
/// Waitlists of full group occurrences: join (only when full), leave, and take an offer. The queue
/// is FIFO by arrival; <see cref="WaitlistPromoter"/> turns freed seats into offers.
/// </summary>
public sealed class WaitlistService(
    PlatformDbContext db,
    SlotService slots,
    LifecycleService lifecycle,
    WaitlistPromoter promoter,
    TimeProvider clock
)
{
    public async Task<WaitlistPayload> JoinAsync(PlatformUserContext caller, JoinWaitlistInput input, CancellationToken cancellationToken)
    {
        if (caller.Tenant is not { } tenant)
            return Fail("ORGANIZATION_REQUIRED", "Use the organization's address, /t/{slug}/graphql.");
        if (caller.UserId is not { } userId)
            return Fail("SIGN_IN_REQUIRED", "Sign in to join a waitlist: an offer is sent to your account.");
        var onSale = await OfferingOnSale.FindAsync(db, input.OfferingId, cancellationToken);
        if (onSale is null)
            return Fail("NOT_FOUND", "No such offering on sale here.", "offeringId");
        var offering = onSale.Offering;
        if (offering.Format != OfferingFormat.Group)
            return Fail("NOT_A_GROUP", "Waitlists are for group sessions; pick another time instead.", "offeringId");
        if (BookingRules.CheckDuration(offering, input.DurationMinutes) is { } durationError)
            return Fail(durationError);
        if (BookingRules.CheckSeats(offering, input.Seats) is { } seatsError)
            return Fail(seatsError);
        var (participants, participantsError) = BookingRules.CheckParticipants(input.Participants, input.Seats);
        if (participants is null)
            return Fail(participantsError!);
        if (input.Start <= clock.GetDatabaseNow())
            return Fail("START_IN_PAST", "The start has already passed.", "start");
        var providers = onSale.ProvidersFor(input.ProviderId);
        if (providers is not [var providerId])
            return Fail("NOT_FOUND", "That provider does not deliver this offering.", "providerId");

        var start = Instant.FromDateTimeOffset(input.Start);
        var length = BookingRules.LengthOf(offering, input.DurationMinutes);
        if (await slots.FindSlotAsync(offering, providers, start, length, input.Seats, null, cancellationToken, includeFull: true) is null)
            return Fail(SlotRefusals.For(offering, await slots.DiagnoseAsync(offering, providers, start, length, null, cancellationToken)));

        var now = clock.GetDatabaseNow();
        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        var occurrenceId = await db.LockOccurrenceAtAsync(tenant.Id, offering.Id, providerId, input.Start, now, cancellationToken);
        var waiting = await db.WaitlistEntries.AnyAsync(
            e => e.OccurrenceId == occurrenceId && e.Status == WaitlistStatus.Waiting,
            cancellationToken
        );
        var taken = await db
            .Bookings.Where(b => b.OccurrenceId == occurrenceId)
            .Where(BookingOccupancy.OccupiesAt(now))
            .SumAsync(b => b.Seats, cancellationToken);
        if (!waiting && offering.Capacity - taken >= input.Seats)
            return Fail("SEATS_AVAILABLE", "Seats are free at this time: book them instead.", "start");

        var entry = new WaitlistEntry
        {
            Id = Guid.CreateVersion7(),
            OccurrenceId = occurrenceId,
            CustomerUserId = userId,
            Seats = input.Seats,
            DurationMinutes = (int)length.TotalMinutes,
            Participants = participants,
            Status = WaitlistStatus.Waiting,
            CreatedAt = now,
        };
        db.WaitlistEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Fail("ALREADY_WAITING", "You are already on this waitlist.", "start");
        }
        await transaction.CommitAsync(cancellationToken);
        return new WaitlistPayload(entry);
    }

    /// <summary>Leaves the queue; an offer not yet taken is let go (its hold released) and passes to the next in line.</summary>
    public async Task<WaitlistPayload> LeaveAsync(PlatformUserContext caller, string entryId, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(caller, entryId, cancellationToken);
        if (entry is null)
            return Fail("NOT_FOUND", "No such waitlist entry of yours here.", "id");
        if (entry.Status == WaitlistStatus.Offered && entry.OfferedBookingId is { } offered)
        {
            var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == offered, cancellationToken);
            var released = await lifecycle.ApplyAsync(
                booking,
                BookingAction.Cancel,
                BookingActor.Customer,
                caller.UserId,
                "Let the waitlist offer go.",
                cancellationToken
            );
            // An offer that already lapsed or was taken cannot be let go; report that plainly.
            if (released.UserErrors.Count > 0)
                return new WaitlistPayload(await ReloadAsync(entry.Id, cancellationToken)) { UserErrors = released.UserErrors };
            return new WaitlistPayload(await ReloadAsync(entry.Id, cancellationToken));
        }

        var now = clock.GetDatabaseNow();
        var left = await db
            .WaitlistEntries.Where(e => e.Id == entry.Id && e.Status == WaitlistStatus.Waiting)
            .ExecuteUpdateAsync(
                u => u.SetProperty(e => e.Status, WaitlistStatus.Left).SetProperty(e => e.ResolvedAt, now),
                cancellationToken
            );
        if (left == 0)
            return new WaitlistPayload(entry) { UserErrors = [new UserError("NOT_WAITING", "This entry is no longer waiting.", "id")] };
        // Someone behind may fit the seats this one was waiting for.
        await promoter.PromoteAsync(entry.OccurrenceId, cancellationToken);
        return new WaitlistPayload(await ReloadAsync(entry.Id, cancellationToken));
    }

    /// <summary>Takes the seats offered: a free session is booked at once; a paid one needs its payment.</summary>
    public async Task<WaitlistPayload> AcceptOfferAsync(PlatformUserContext caller, string entryId, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(caller, entryId, cancellationToken);
        if (entry is null || entry.CustomerUserId != caller.UserId)
            return Fail("NOT_FOUND", "No such waitlist entry of yours here.", "id");
        if (entry.Status != WaitlistStatus.Offered || entry.OfferedBookingId is not { } offered)
            return new WaitlistPayload(entry) { UserErrors = [new UserError("NO_OFFER", "Nothing is on offer for this entry.", "id")] };
        var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == offered, cancellationToken);
        var result = await lifecycle.ApplyAsync(
            booking,
            BookingAction.Finalize,
            BookingActor.Customer,
            caller.UserId,
            "Took the waitlist offer.",
            cancellationToken
        );
        return new WaitlistPayload(await ReloadAsync(entry.Id, cancellationToken))
        {
            Booking = result.Booking ?? booking,
            UserErrors = result.UserErrors,
        };
    }

    /// <summary>The entry, if it is the caller's (or the caller is staff).</summary>
    private async Task<WaitlistEntry?> FindAsync(PlatformUserContext caller, string entryId, CancellationToken cancellationToken)
    {
        if (caller.Tenant is null || GlobalId.TryDecode(entryId, WaitlistEntryType.TypeName) is not { } id)
            return null;
        var entry = await db.WaitlistEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return entry is not null && (entry.CustomerUserId == caller.UserId || BookingAccess.SeesAll(caller)) ? entry : null;
    }

    private Task<WaitlistEntry> ReloadAsync(Guid id, CancellationToken cancellationToken) =>
        db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);

    private static WaitlistPayload Fail(UserError error) => new(null) { UserErrors = [error] };

    private static WaitlistPayload Fail(string code, string message, string? field = null) => Fail(new UserError(code, message, field));
}
