using GraphQL;
using GraphQL.Types;
using NodaTime;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Bookings.Carts;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.Features.Bookings.Series;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.Features.Pricing.GraphQL;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class BookingType : ObjectGraphType<Booking>
{
    public const string TypeName = "Booking";

    /// <summary>
    /// Relations loaded after the booking itself may fail on their own (the database gone a moment after a
    /// commit): nullable, so a failure nulls that field beside an error instead of the whole booking.
    /// </summary>
    public const string LoadedApart = "Null only if it could not be loaded just now; an error beside it says why.";

    public BookingType(IEnumerable<IBookingFieldContributor> contributors)
    {
        this.ImplementNode(TypeName, b => b.Id);
        Description =
            "A booking of one session (or seats of a group session), with its price and cancellation terms as agreed at hold time.";
        Field<NonNullGraphType<BookingStatusEnum>>("status")
            .Description("As of now: a hold past its expiry reads EXPIRED at once.")
            .Resolve(c => BookingClock.StatusOf(c, c.Source));
        Field<NonNullGraphType<PaymentStatusEnum>>("paymentStatus").Resolve(c => c.Source.PaymentStatus);
        Field<OfferingType>("offering").Description(LoadedApart).Resolve(c => c.Loaders().OfferingsById(c.Db()).Load(c.Source.OfferingId));
        Field<ProviderType>("provider").Description(LoadedApart).Resolve(c => c.Loaders().ProvidersById(c.Db()).Load(c.Source.ProviderId));
        Field<NonNullGraphType<BookingCustomerType>>("customer").Resolve(c => c.Source);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("end").Resolve(c => c.Source.EndsAt);
        Field<NonNullGraphType<IntGraphType>>("durationMinutes").Resolve(c => (int)(c.Source.EndsAt - c.Source.StartsAt).TotalMinutes);
        Field(b => b.Seats);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantType>>>>("participants")
            .WithComplexityImpact(1, 5)
            .Resolve(c => c.Source.Participants);
        Field<NonNullGraphType<BookingPriceType>>("price").Description("Snapshotted from the quote at hold time.").Resolve(c => c.Source);
        Field<DateTimeOffsetGraphType>("holdExpiresAt")
            .Description("A HELD booking keeps its slot until then.")
            .Resolve(c => c.Source.Status == BookingStatus.Held ? c.Source.HoldExpiresAt : null);
        Field<DateTimeOffsetGraphType>("confirmationDeadline")
            .Description("An AWAITING_HOST booking expires then if the host stays silent.")
            .Resolve(c => c.Source.Status == BookingStatus.AwaitingHost ? c.Source.ConfirmationExpiresAt : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RefundDeadlineType>>>>("refundDeadlines")
            .Description("The cancellation policy agreed at hold time, as instants: cancel by `until` for `refundPercent` of the price.")
            .WithComplexityImpact(1, 5)
            .Resolve(c =>
                LifecycleService
                    .PolicyOf(c.Source)
                    .DeadlinesFor(Instant.FromDateTimeOffset(c.Source.StartsAt))
                    .Select(d => new RefundDeadline(
                        d.Tier.RefundPercent,
                        Offerings.Domain.CancellationPolicy.RefundOf(c.Source.PriceAmount, d.Tier.RefundPercent, c.Source.Currency),
                        d.Until.ToDateTimeOffset()
                    ))
                    .ToList()
            );
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("rescheduleUntil")
            .Description("Customers may reschedule until then; hosts until the start.")
            .Resolve(c => c.Source.StartsAt.AddMinutes(-c.Source.RescheduleCutoffMinutes));
        Field<NonNullGraphType<RefundQuoteType>>("refundIfCustomerCancelsNow")
            .Description(
                "What the customer's cancellation would refund right now, of what was paid (a host's cancellation refunds everything paid)."
            )
            .Resolve(c =>
                RefundQuote.Of(
                    RefundRule.For(
                        BookingAction.Cancel,
                        BookingActor.Customer,
                        c.Source.Status,
                        c.Source.PaymentStatus,
                        c.Source.PriceAmount,
                        c.Source.Currency,
                        LifecycleService.PolicyOf(c.Source),
                        Instant.FromDateTimeOffset(c.Source.StartsAt),
                        Instant.FromDateTimeOffset(c.Now())
                    ),
                    c.Source.Currency
                )
            );
        Field<BookingCancellationType>("cancellation")
            .Description("Set once the booking was cancelled, declined or expired with money to give back.")
            .Resolve(c => c.Source.RefundPercent is null ? null : c.Source);
        Field<CartType>("cart")
            .Description("The cart it was held in; for its customer and staff.")
            .Resolve(c => c.Source.CartId is { } id && MaySeeCustomerSide(c, c.Source) ? c.Loaders().CartsById(c.Db()).Load(id) : null);
        Field<BookingSeriesType>("series")
            .Description("The recurring series it belongs to; for its customer and staff.")
            .Resolve(c => c.Source.SeriesId is { } id && MaySeeCustomerSide(c, c.Source) ? c.Loaders().SeriesById(c.Db()).Load(id) : null);
        Field<IntGraphType>("seriesIndex").Description("0-based position in its series.").Resolve(c => c.Source.SeriesIndex);
        Field<ListGraphType<NonNullGraphType<BookingEventType>>>("events")
            .Description("The audit trail, oldest first. " + LoadedApart)
            .WithComplexityImpact(1, 6)
            .Resolve(c => c.Loaders().EventsByBooking(c.Db()).Load(c.Source.Id));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
        // Other features' fields come last, as they always have (the schema's field order is part of its contract).
        foreach (var contributor in contributors)
            contributor.AddFields(this);
    }

    /// <summary>A provider sees a booking of their agenda, not the customer's other bookings in its cart or series.</summary>
    internal static bool MaySeeCustomerSide(global::GraphQL.IResolveFieldContext context, Booking booking) =>
        (context.Caller().UserId is { } userId && booking.CustomerUserId == userId) || BookingAccess.SeesAll(context.Caller());
}
