using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Carts;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Idempotency;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Pricing;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.Holds;

/// <summary>The checks every booking flow makes before it writes anything, in the order a person would fix them.</summary>
public sealed class BookingAsks(
    PlatformDbContext db,
    BookingCustomers customers,
    CartService carts,
    PricingService pricing,
    IBookingPayments payments,
    TimeProvider clock
)
{
    public async Task<(CheckedAsk? Ask, UserError? Error)> CheckAsync(
        PlatformUserContext caller,
        BookingAsk ask,
        CancellationToken cancellationToken
    )
    {
        if (caller.Tenant is not { } tenant)
            return Fail("ORGANIZATION_REQUIRED", "Book at the organization's address, /t/{slug}/graphql.");
        if (IdempotencyKeys.CheckKey(ask.IdempotencyKey) is { } keyError)
            return (null, keyError);

        var onSale = await OfferingOnSale.FindAsync(db, ask.OfferingId, cancellationToken);
        if (onSale is null)
            return Fail("NOT_FOUND", "No such offering on sale here.", "offeringId");
        var offering = onSale.Offering;
        var (customer, customerError) = await customers.ResolveAsync(
            caller,
            offering,
            ask.CustomerEmail,
            ask.GuestEmail,
            ask.GuestName,
            cancellationToken
        );
        if (customer is null)
            return (null, customerError);
        if (BookingRules.CheckDuration(offering, ask.DurationMinutes) is { } durationError)
            return (null, durationError);
        if (BookingRules.CheckSeats(offering, ask.Seats) is { } seatsError)
            return (null, seatsError);
        var (participants, participantsError) = BookingRules.CheckParticipants(ask.Participants, ask.Seats);
        if (participants is null)
            return (null, participantsError);
        if (ask.Start <= clock.GetDatabaseNow())
            return Fail("START_IN_PAST", "The start has already passed.", "start");
        var providers = onSale.ProvidersFor(ask.ProviderId);
        if (providers is null || providers.Count == 0)
            return Fail("NOT_FOUND", "That provider does not deliver this offering.", "providerId");

        Cart? cart = null;
        if (ask.CartId is not null)
        {
            (cart, var cartError) = await carts.FindOpenAsync(ask.CartId, customer, cancellationToken);
            if (cart is null)
                return (null, cartError);
        }

        var start = Instant.FromDateTimeOffset(ask.Start);
        var quote = await pricing.QuoteForRolesAsync(offering, customer.Roles, ask.Seats, start, cancellationToken);
        if (quote.Quote is not { } priced)
            return (null, quote.UserErrors[0]);
        if (priced.Price.Amount > 0 && await payments.CheckCanTakePaymentsAsync(cancellationToken) is { } paymentsError)
            return (null, paymentsError);
        return (
            new CheckedAsk(
                tenant,
                onSale,
                customer,
                BookingCustomers.IdempotencyScope(caller, customer),
                providers,
                participants,
                start,
                BookingRules.LengthOf(offering, ask.DurationMinutes),
                cart,
                priced.Price
            ),
            null
        );
    }

    private static (CheckedAsk?, UserError?) Fail(string code, string message, string? field = null) =>
        (null, new UserError(code, message, field));
}
