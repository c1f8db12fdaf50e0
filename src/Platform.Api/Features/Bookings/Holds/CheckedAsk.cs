using NodaTime;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Pricing.Domain;
using Platform.Api.GraphQL.Execution;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings.Holds;

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
