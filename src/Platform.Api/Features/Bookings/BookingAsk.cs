using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Pricing;
using Platform.Api.Features.Pricing.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

/// <summary>What holdBooking and bookSeries both ask: what, with whom, when, how many, for whom, in which cart.</summary>
public sealed record BookingAsk(string OfferingId, string? ProviderId, DateTimeOffset Start, int? DurationMinutes, int Seats, IReadOnlyList<ParticipantInput>? Participants, string IdempotencyKey)
{
    public string? GuestEmail { get; init; }

    public string? GuestName { get; init; }

    public string? CustomerEmail { get; init; }

    public string? CartId { get; init; }
}

/// <summary>A <see cref="BookingAsk"/> that passed every check, resolved and priced for its customer.</summary>
public sealed record CheckedAsk(
    Tenant Tenant,
    OfferingOnSale OnSale,
    BookingCustomer Customer,
    string IdempotencyScope,
    IReadOnlyList<Guid> Providers,
    IReadOnlyList<Participant> Participants,
    Instant Start,
    Duration Length,
    Cart? Cart,
    PriceQuote Price)
{
    /// <summary>Who the Created event names: the customer booking for themselves, or staff booking for them.</summary>
    public BookingActor ActorFor(PlatformUserContext caller) =>
        Customer.UserId is { } userId && caller.UserId == userId ? BookingActor.Customer
        : caller.StaffRole is null ? BookingActor.Customer
        : BookingActor.Staff;
}

/// <summary>The checks every booking flow makes before it writes anything, in the order a person would fix them.</summary>
public sealed class BookingAsks(PlatformDbContext db, BookingCustomers customers, CartService carts, PricingService pricing, IBookingPayments payments, TimeProvider clock)
{
    public async Task<(CheckedAsk? Ask, UserError? Error)> CheckAsync(PlatformUserContext caller, BookingAsk ask, CancellationToken cancellationToken)
    {
        if (caller.Tenant is not { } tenant) return Fail("ORGANIZATION_REQUIRED", "Book at the organization's address, /t/{slug}/graphql.");
        if (IdempotencyKeys.CheckKey(ask.IdempotencyKey) is { } keyError) return (null, keyError);

        var onSale = await OfferingOnSale.FindAsync(db, ask.OfferingId, cancellationToken);
        if (onSale is null) return Fail("NOT_FOUND", "No such offering on sale here.", "offeringId");
        var offering = onSale.Offering;
        var (customer, customerError) = await customers.ResolveAsync(caller, offering, ask.CustomerEmail, ask.GuestEmail, ask.GuestName, cancellationToken);
        if (customer is null) return (null, customerError);
        if (BookingRules.CheckDuration(offering, ask.DurationMinutes) is { } durationError) return (null, durationError);
        if (BookingRules.CheckSeats(offering, ask.Seats) is { } seatsError) return (null, seatsError);
        var (participants, participantsError) = BookingRules.CheckParticipants(ask.Participants, ask.Seats);
        if (participants is null) return (null, participantsError);
        if (ask.Start <= clock.GetDatabaseNow()) return Fail("START_IN_PAST", "The start has already passed.", "start");
        var providers = onSale.ProvidersFor(ask.ProviderId);
        if (providers is null || providers.Count == 0) return Fail("NOT_FOUND", "That provider does not deliver this offering.", "providerId");

        Cart? cart = null;
        if (ask.CartId is not null)
        {
            (cart, var cartError) = await carts.FindOpenAsync(ask.CartId, customer, cancellationToken);
            if (cart is null) return (null, cartError);
        }

        var start = Instant.FromDateTimeOffset(ask.Start);
        var quote = await pricing.QuoteForRolesAsync(offering, customer.Roles, ask.Seats, start, cancellationToken);
        if (quote.Quote is not { } priced) return (null, quote.UserErrors[0]);
        if (priced.Price.Amount > 0 && await payments.CheckCanTakePaymentsAsync(cancellationToken) is { } paymentsError) return (null, paymentsError);
        return (new CheckedAsk(tenant, onSale, customer, BookingCustomers.IdempotencyScope(caller, customer), providers, participants, start,
            BookingRules.LengthOf(offering, ask.DurationMinutes), cart, priced.Price), null);
    }

    private static (CheckedAsk?, UserError?) Fail(string code, string message, string? field = null) => (null, new UserError(code, message, field));
}
