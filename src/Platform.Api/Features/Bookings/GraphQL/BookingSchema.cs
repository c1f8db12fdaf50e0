using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Bookings.Carts;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.Features.Bookings.Holds;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.Features.Bookings.Reschedule;
using Platform.Api.Features.Bookings.Series;
using Platform.Api.Features.Bookings.Settings;
using Platform.Api.Features.Bookings.Stats;
using Platform.Api.Features.Bookings.Waitlists;
using Platform.Api.Features.Organizations;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.GraphQL;

/// <summary>The booking feature's root fields.</summary>
public static class BookingSchema
{
    public static void AddBookingQueries(this ObjectGraphType query)
    {
        query
            .Field<BookingSettingsType>("bookingSettings")
            .Description(
                "The organization's hold, confirmation and waitlist-offer timeouts; null without an organization. "
                    + "Public: anyone may ask, signed in or not."
            )
            .ResolveAsync(async c =>
                c.Caller().Tenant is null ? null : await c.Service<BookingSettingsService>().GetAsync(c.CancellationToken)
            );

        query
            .Connection<BookingType>("myBookings")
            .Description("Your bookings here: UPCOMING soonest first, PAST latest first.")
            .Argument<NonNullGraphType<BookingTimeframeEnum>>("when")
            .RequireAuthentication()
            .PageSize(20)
            .ResolveAsync(async c =>
                await c.Service<BookingQueries>()
                    .MineAsync(c.Caller(), c.GetArgument<BookingTimeframe>("when"), c.First, c.After, c.CancellationToken)
            );

        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookingType>>>>("agenda")
            .Description(
                $"A provider's bookings overlapping [from, to), at most {BookingQueries.MaxAgendaDays} days and "
                    + $"{BookingQueries.MaxAgendaBookings} bookings (bounded), "
                    + "earliest first: your own, or (administrators and staff) anyone's."
            )
            .Argument<IdGraphType>("providerId", "Default: your own provider profile.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .Argument<BooleanGraphType>("includeInactive", a =>
            {
                a.DefaultValue = false;
                a.Description = "Also cancelled, declined and expired bookings.";
            })
            .RequireStaff()
            .WithComplexityImpact(1, 20)
            .ResolveAsync(async c =>
                await c.Service<BookingQueries>()
                    .AgendaAsync(
                        c.Caller(),
                        c.GetArgument<string?>("providerId"),
                        c.GetArgument<DateTimeOffset>("from"),
                        c.GetArgument<DateTimeOffset>("to"),
                        c.GetArgument<bool?>("includeInactive") ?? false,
                        c.CancellationToken
                    )
            );

        query
            .Connection<BookingType>("bookings")
            .Description("Every booking of the organization, earliest first, filtered. Administrators and staff.")
            .Argument<BookingFilterInputType>("filter")
            .RequireStaff(StaffRole.Owner, StaffRole.Admin, StaffRole.Staff)
            .PageSize(20)
            .ResolveAsync(async c =>
                await c.Service<BookingQueries>()
                    .ListAsync(
                        c.Caller(),
                        c.GetArgument<BookingFilter?>("filter") ?? new BookingFilter(),
                        c.First,
                        c.After,
                        c.CancellationToken
                    )
            );

        query
            .Field<NonNullGraphType<BookingStatsType>>("bookingStats")
            .Description(
                "Counts by status, revenue by currency and utilization by provider for bookings starting in [from, to), at most "
                + $"{BookingStatsService.MaxDays} days. Administrators."
            )
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<BookingStatsService>()
                    .ComputeAsync(c.GetArgument<DateTimeOffset>("from"), c.GetArgument<DateTimeOffset>("to"), c.CancellationToken)
            );

        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<WaitlistEntryType>>>>("myWaitlistEntries")
            .Description($"Your places in line here (waiting or offered), oldest first, at most {WaitlistQueries.MaxMine} (bounded).")
            .RequireAuthentication()
            .WithComplexityImpact(1, 5)
            .ResolveAsync(async c => await c.Service<WaitlistQueries>().MineAsync(c.Caller(), c.CancellationToken));

        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<WaitlistEntryType>>>>("waitlist")
            .Description($"The queue of one group occurrence, first in line first, at most {WaitlistQueries.MaxQueue} (bounded). Staff.")
            .Argument<NonNullGraphType<IdGraphType>>("offeringId")
            .Argument<NonNullGraphType<IdGraphType>>("providerId")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("start")
            .RequireStaff()
            .WithComplexityImpact(1, 10)
            .ResolveAsync(async c =>
                await c.Service<WaitlistQueries>()
                    .QueueAsync(
                        c.GetArgument<string>("offeringId"),
                        c.GetArgument<string>("providerId"),
                        c.GetArgument<DateTimeOffset>("start"),
                        c.CancellationToken
                    )
            );
    }

    public static void AddBookingMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<BookingPayloadType>>("holdBooking")
            .Description(
                "Holds a slot. Free bookings are CONFIRMED at once (or AWAITING_HOST); paid ones are HELD with "
                    + "REQUIRES_PAYMENT until paid or expired. A retry with the same idempotencyKey returns the same "
                    + "booking."
                    + " Public: guests (not signed in) may call it too."
            )
            .Argument<NonNullGraphType<HoldBookingInputType>>("input")
            .ResolveAsync(async c =>
                await c.Service<HoldService>().HoldAsync(c.Caller(), c.GetArgument<HoldBookingInput>("input"), c.CancellationToken)
            );

        AddAction(
            mutation,
            "confirmBooking",
            BookingAction.Confirm,
            "The booking's provider or an administrator accepts a booking AWAITING_HOST."
        );
        AddAction(
            mutation,
            "declineBooking",
            BookingAction.Decline,
            "The booking's provider or an administrator turns it down; everything paid is refunded."
        );
        AddAction(
            mutation,
            "cancelBooking",
            BookingAction.Cancel,
            "The customer cancels (refund by the policy agreed at hold time) or the host does (full refund). Releases a hold."
        );
        AddAction(mutation, "markCompleted", BookingAction.MarkCompleted, "After the start: the session took place.");
        AddAction(mutation, "markNoShow", BookingAction.MarkNoShow, "After the start: the customer did not come.");

        mutation
            .Field<NonNullGraphType<BookingPayloadType>>("rescheduleBooking")
            .Description(
                "Moves a booking to another start (and provider), atomically: the old time is given up only if the new one is won. "
                + "Customers until the cut-off; hosts until the start."
            )
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("start")
            .Argument<IdGraphType>("providerId", "Another provider of the same offering; default the same.")
            .Argument<StringGraphType>("reason")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                await c.Service<RescheduleService>()
                    .RescheduleAsync(
                        c.Caller(),
                        c.GetArgument<string>("id"),
                        c.GetArgument<DateTimeOffset>("start"),
                        c.GetArgument<string?>("providerId"),
                        c.GetArgument<string?>("reason"),
                        c.CancellationToken
                    )
            );

        mutation
            .Field<NonNullGraphType<BookSeriesPayloadType>>("bookSeries")
            .Description("Books a weekly, biweekly or monthly series; every occurrence is checked and reported.")
            .Argument<NonNullGraphType<BookSeriesInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                await c.Service<SeriesService>().BookAsync(c.Caller(), c.GetArgument<BookSeriesInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<CancelSeriesPayloadType>>("cancelSeries")
            .Description("Cancels this occurrence and every later one of its series that is still active.")
            .Argument<NonNullGraphType<IdGraphType>>("fromBookingId")
            .Argument<StringGraphType>("reason")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                await c.Service<SeriesService>()
                    .CancelRestAsync(
                        c.Caller(),
                        c.GetArgument<string>("fromBookingId"),
                        c.GetArgument<string?>("reason"),
                        c.CancellationToken
                    )
            );

        mutation
            .Field<NonNullGraphType<WaitlistPayloadType>>("joinWaitlist")
            .Description("Queues for a full group session; when seats free up, the first in line gets a hold.")
            .Argument<NonNullGraphType<JoinWaitlistInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                await c.Service<WaitlistService>().JoinAsync(c.Caller(), c.GetArgument<JoinWaitlistInput>("input"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<WaitlistPayloadType>>("leaveWaitlist")
            .Description("Leaves the queue; an offer not yet taken passes to the next in line.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                await c.Service<WaitlistService>().LeaveAsync(c.Caller(), c.GetArgument<string>("id"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<WaitlistPayloadType>>("acceptWaitlistOffer")
            .Description("Takes the seats offered: a free session is booked at once; a paid one is booked when its hold is paid.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                await c.Service<WaitlistService>().AcceptOfferAsync(c.Caller(), c.GetArgument<string>("id"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<CartPayloadType>>("createCart")
            .Description(
                "Opens a cart: holds put in it share its expiry (the organization's hold time) and one total. Public: "
                    + "guests (not signed in) may call it too."
            )
            .Argument<StringGraphType>("guestEmail", "For anonymous callers.")
            .Argument<StringGraphType>("customerEmail", "Staff: whom the cart is for.")
            .ResolveAsync(async c =>
                await c.Service<CartService>()
                    .CreateAsync(
                        c.Caller(),
                        c.GetArgument<string?>("guestEmail"),
                        c.GetArgument<string?>("customerEmail"),
                        c.CancellationToken
                    )
            );

        mutation
            .Field<NonNullGraphType<CartPayloadType>>("abandonCart")
            .Description("Gives the cart up and releases every hold in it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                await c.Service<CartService>().AbandonAsync(c.Caller(), c.GetArgument<string>("id"), c.CancellationToken)
            );

        mutation
            .Field<NonNullGraphType<BookingSettingsPayloadType>>("updateBookingSettings")
            .Description("Changes the organization's hold, confirmation and waitlist-offer timeouts.")
            .Argument<NonNullGraphType<BookingSettingsInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<BookingSettingsService>().UpdateAsync(c.GetArgument<BookingSettingsInput>("input"), c.CancellationToken)
            );
    }

    private static void AddAction(ObjectGraphType mutation, string name, BookingAction action, string description) =>
        mutation
            .Field<NonNullGraphType<BookingPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<StringGraphType>("reason")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                await c.Service<LifecycleService>()
                    .ActAsync(c.Caller(), c.GetArgument<string>("id"), action, c.GetArgument<string?>("reason"), c.CancellationToken)
            );
}
