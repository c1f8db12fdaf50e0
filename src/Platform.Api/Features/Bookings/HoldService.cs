using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Pricing;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings;

/// <summary>
/// holdBooking: checks the question (offering, provider, start, seats, customer, cart), prices it
/// for the customer, checks the slot, then writes the booking where the database decides races.
/// Free bookings are CONFIRMED (or AWAITING_HOST) at once; paid ones are HELD awaiting payment.
/// </summary>
public sealed class HoldService(
    PlatformDbContext db,
    BookingCustomers customers,
    BookingSettingsService settings,
    PricingService pricing,
    SlotService slots,
    HoldWriter writer,
    CartService carts,
    TimeProvider clock)
{
    public const string Operation = "holdBooking";

    public async Task<BookingPayload> HoldAsync(PlatformUserContext caller, HoldBookingInput input, CancellationToken cancellationToken)
    {
        if (caller.Tenant is not { } tenant) return BookingPayload.Fail("ORGANIZATION_REQUIRED", "Book at the organization's address, /t/{slug}/graphql.");
        if (IdempotencyKeys.CheckKey(input.IdempotencyKey) is { } keyError) return BookingPayload.Fail(keyError);
        // One connection for the whole flow: a dozen statements, one session set-up.
        await db.Database.OpenConnectionAsync(cancellationToken);

        var onSale = await OfferingOnSale.FindAsync(db, input.OfferingId, cancellationToken);
        if (onSale is null) return BookingPayload.Fail("NOT_FOUND", "No such offering on sale here.", "offeringId");
        var offering = onSale.Offering;
        var (customer, customerError) = await customers.ResolveAsync(caller, offering, input.CustomerEmail, input.GuestEmail, input.GuestName, cancellationToken);
        if (customer is null) return BookingPayload.Fail(customerError!);

        var scope = BookingCustomers.IdempotencyScope(caller, customer);
        var hash = IdempotencyKeys.Hash(new { input.OfferingId, input.ProviderId, Start = input.Start.ToUniversalTime(), input.DurationMinutes, input.Seats, input.Participants, input.GuestEmail, input.GuestName, input.CustomerEmail, input.CartId });
        var now = clock.GetDatabaseNow();
        var start = Instant.FromDateTimeOffset(input.Start);
        if (BookingRules.CheckDuration(offering, input.DurationMinutes) is { } durationError) return BookingPayload.Fail(durationError);
        if (BookingRules.CheckSeats(offering, input.Seats) is { } seatsError) return BookingPayload.Fail(seatsError);
        var (participants, participantsError) = BookingRules.CheckParticipants(input.Participants, input.Seats);
        if (participants is null) return BookingPayload.Fail(participantsError!);
        if (input.Start <= now) return BookingPayload.Fail("START_IN_PAST", "The start has already passed.", "start");
        var providers = onSale.ProvidersFor(input.ProviderId);
        if (providers is null) return BookingPayload.Fail("NOT_FOUND", "That provider does not deliver this offering.", "providerId");

        Cart? cart = null;
        if (input.CartId is not null)
        {
            (cart, var cartError) = await carts.FindOpenAsync(input.CartId, customer, cancellationToken);
            if (cart is null) return BookingPayload.Fail(cartError!);
        }

        var quote = await pricing.QuoteForRolesAsync(offering, customer.Roles, input.Seats, start, tenant.Currency, cancellationToken);
        if (quote.Quote is not { } priced) return BookingPayload.Fail(quote.UserErrors[0]);
        var length = BookingRules.LengthOf(offering, input.DurationMinutes);
        var slot = await slots.FindSlotAsync(offering, providers, start, length, input.Seats, null, cancellationToken);
        if (slot is null)
        {
            // A retry finds its own booking in the slot, and a concurrent twin may have just taken it:
            // either way the key's record says so. (A retry that gets this far is replayed by the claim.)
            var twin = await db.FindAsync(scope, input.IdempotencyKey, Operation, hash, cancellationToken);
            if (twin.ReplayOf is not null) return await ReplayAsync(twin, cancellationToken);
            return BookingPayload.Fail(await slots.WhyNotAsync(offering, providers, start, length, input.Seats, null, cancellationToken));
        }

        var policy = await settings.GetAsync(cancellationToken);
        var request = Shape(new NewBooking
        {
            Offering = offering,
            ProviderId = slot.ProviderId,
            Start = start,
            Length = length,
            Seats = input.Seats,
            Participants = participants,
            Customer = customer,
            Price = priced.Price,
            Status = BookingStatus.Held,
            CartId = cart?.Id,
            Actor = caller.UserId == customer.UserId && customer.UserId is not null ? BookingActor.Customer : caller.StaffRole is null ? BookingActor.Customer : BookingActor.Staff,
            ActorUserId = caller.UserId,
        }, cart, policy, now);

        try
        {
            await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
            var claim = await db.ClaimAsync(tenant.Id, scope, input.IdempotencyKey, Operation, hash, request.Id, now, cancellationToken);
            if (claim.ReplayOf is not null || claim.Error is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return await ReplayAsync(claim, cancellationToken);
            }
            if (cart is not null && await carts.AdmitAsync(cart.Id, priced.Price, now, cancellationToken) is { } cartError)
                return BookingPayload.Fail(cartError);

            var (booking, error) = await writer.WriteAsync(request, tenant.Id, now, savepoint: false, cancellationToken);
            if (booking is null) return BookingPayload.Fail(error!);
            if (customer.IsGuest) await GuestClaims.RecordAsync(db, customer.GuestEmail!, tenant.Id, now, cancellationToken);
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
            ? request with { Status = BookingStatus.AwaitingHost, ConfirmationExpiresAt = BookingRules.ConfirmationDeadline(now, request.Start.ToDateTimeOffset(), settings.ConfirmationMinutes) }
            : request with { Status = BookingStatus.Confirmed };
    }

    private async Task<BookingPayload> ReplayAsync(IdempotencyCheck check, CancellationToken cancellationToken)
    {
        if (check.Error is not null) return BookingPayload.Fail(check.Error);
        var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == check.ReplayOf, cancellationToken);
        return new BookingPayload(booking) { Replayed = true };
    }
}
