using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability.Slots;
using Platform.Api.Features.Bookings.Carts;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.Guests;
using Platform.Api.Features.Bookings.Idempotency;
using Platform.Api.Features.Bookings.Settings;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.Holds;

/// <summary>
/// holdBooking: checks the question (offering, provider, start, seats, customer, cart), prices it
/// for the customer, checks the slot, then writes the booking where the database decides races.
/// Free bookings are CONFIRMED (or AWAITING_HOST) at once; paid ones are HELD awaiting payment.
/// </summary>
public sealed class HoldService(
    PlatformDbContext db,
    BookingAsks asks,
    BookingSettingsService settings,
    SlotService slots,
    HoldWriter writer,
    CartService carts,
    TimeProvider clock
)
{
    public const string Operation = "holdBooking";

    public Task<BookingPayload> HoldAsync(PlatformUserContext caller, HoldBookingInput input, CancellationToken cancellationToken) =>
        db.OnOneConnectionAsync(
            () => db.RetryOnceOnConflictAsync(() => HoldOnceAsync(caller, input, cancellationToken)),
            cancellationToken
        );

    private async Task<BookingPayload> HoldOnceAsync(
        PlatformUserContext caller,
        HoldBookingInput input,
        CancellationToken cancellationToken
    )
    {
        var (ask, error) = await asks.CheckAsync(
            caller,
            new BookingAsk(
                input.OfferingId,
                input.ProviderId,
                input.Start,
                input.DurationMinutes,
                input.Seats,
                input.Participants,
                input.IdempotencyKey
            )
            {
                GuestEmail = input.GuestEmail,
                GuestName = input.GuestName,
                CustomerEmail = input.CustomerEmail,
                CartId = input.CartId,
            },
            cancellationToken
        );
        if (ask is null)
            return BookingPayload.Fail(error!);
        var hash = IdempotencyKeys.Hash(
            new
            {
                input.OfferingId,
                input.ProviderId,
                Start = input.Start.ToUniversalTime(),
                input.DurationMinutes,
                input.Seats,
                input.Participants,
                input.GuestEmail,
                input.GuestName,
                input.CustomerEmail,
                input.CartId,
            }
        );
        var offering = ask.OnSale.Offering;
        var slot = await slots.FindSlotAsync(offering, ask.Providers, ask.Start, ask.Length, input.Seats, null, cancellationToken);
        if (slot is null)
        {
            // A retry finds its own booking in the slot, and a concurrent twin may have just taken it:
            // either way the key's record says so. (A retry that gets this far is replayed by the claim.)
            var twin = await db.FindAsync(ask.IdempotencyScope, input.IdempotencyKey, Operation, hash, cancellationToken);
            if (twin.ReplayOf is not null)
                return await ReplayAsync(twin, cancellationToken);
            return BookingPayload.Fail(
                await slots.WhyNotAsync(offering, ask.Providers, ask.Start, ask.Length, input.Seats, null, cancellationToken)
            );
        }

        var now = clock.GetDatabaseNow();
        var request = Shape(
            new NewBooking
            {
                Offering = offering,
                ProviderId = slot.ProviderId,
                Start = ask.Start,
                Length = ask.Length,
                Seats = input.Seats,
                Participants = ask.Participants,
                Customer = ask.Customer,
                Price = ask.Price,
                Status = BookingStatus.Held,
                CartId = ask.Cart?.Id,
                Actor = ask.ActorFor(caller),
                ActorUserId = caller.UserId,
            },
            ask.Cart,
            await settings.GetAsync(cancellationToken),
            now
        );

        try
        {
            await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
            var claim = await db.ClaimAsync(
                ask.Tenant.Id,
                ask.IdempotencyScope,
                input.IdempotencyKey,
                Operation,
                hash,
                request.Id,
                now,
                cancellationToken
            );
            if (claim.ReplayOf is not null || claim.Error is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return await ReplayAsync(claim, cancellationToken);
            }
            if (ask.Cart is not null && await carts.AdmitAsync(ask.Cart.Id, ask.Price, now, cancellationToken) is { } cartError)
                return BookingPayload.Fail(cartError);

            var (booking, writeError) = await writer.WriteAsync(request, ask.Tenant.Id, now, savepoint: false, cancellationToken);
            if (booking is null)
                return BookingPayload.Fail(writeError!);
            if (ask.Customer.IsGuest)
                await GuestClaims.RecordAsync(db, ask.Customer.GuestEmail!, ask.Tenant.Id, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new BookingPayload(booking);
        }
        catch (Exception e) when (BookingRules.IsTransientConflict(e))
        {
            return BookingPayload.Fail(BookingRules.TransientConflict());
        }
    }

    /// <summary>
    /// Where a new booking starts its life: free ones are CONFIRMED, or AWAITING_HOST when the offering
    /// needs the host's yes; paid ones are HELD until paid, for the hold time or the cart's remaining time.
    /// </summary>
    public static NewBooking Shape(NewBooking request, Cart? cart, BookingSettings settings, DateTimeOffset now)
    {
        if (request.Price.Amount > 0 || request.ForWaitlist)
        {
            var expires = cart?.ExpiresAt ?? now.AddMinutes(request.ForWaitlist ? settings.WaitlistOfferMinutes : settings.HoldMinutes);
            return request with { Status = BookingStatus.Held, HoldExpiresAt = expires };
        }
        return request.Offering.RequiresConfirmation
            ? request with
            {
                Status = BookingStatus.AwaitingHost,
                ConfirmationExpiresAt = BookingRules.ConfirmationDeadline(
                    now,
                    request.Start.ToDateTimeOffset(),
                    settings.ConfirmationMinutes
                ),
            }
            : request with
            {
                Status = BookingStatus.Confirmed,
            };
    }

    private async Task<BookingPayload> ReplayAsync(IdempotencyCheck check, CancellationToken cancellationToken)
    {
        if (check.Error is not null)
            return BookingPayload.Fail(check.Error);
        var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == check.ReplayOf, cancellationToken);
        return new BookingPayload(booking) { Replayed = true };
    }
}
