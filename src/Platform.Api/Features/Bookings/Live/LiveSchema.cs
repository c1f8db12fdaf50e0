using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.Live;

/// <summary>The booking feature's subscriptions (WebSocket graphql-transport-ws, or SSE).</summary>
public static class LiveSchema
{
    public static void AddBookingSubscriptions(this ObjectGraphType subscription)
    {
        subscription
            .Field<NonNullGraphType<BookingType>>("bookingChanged")
            .Description(
                "Every committed change to a booking you may see: customers their own, providers their agenda, administrators and staff "
                + "all (optionally one offering's or provider's)."
            )
            .Argument<IdGraphType>("offeringId")
            .Argument<IdGraphType>("providerId")
            .RequireAuthentication()
            .Resolve(c => c.Source)
            .ResolveStreamAsync(c => c.Service<BookingChangedFeed>().SubscribeAsync(c));

        subscription
            .Field<NonNullGraphType<SlotsChangeType>>("slotsChanged")
            .Description(
                $"For public booking pages: times of the offering in [from, to) (at most "
                    + $"{Availability.Slots.SlotService.MaxRangeDays} days) whose seats or availability changed. Public: anyone "
                    + $"may subscribe."
            )
            .Argument<NonNullGraphType<IdGraphType>>("offeringId")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .Resolve(c => c.Source)
            .ResolveStreamAsync(c => c.Service<SlotsChangedFeed>().SubscribeAsync(c));

        subscription
            .Field<NonNullGraphType<DashboardType>>("dashboard")
            .Description(
                "Today's figures at once, then after every change: bookings by status, pending confirmations, revenue by currency. "
                + "Administrators."
            )
            .RequireAdministrator()
            .Resolve(c => c.Source)
            .ResolveStreamAsync(c => c.Service<DashboardFeed>().SubscribeAsync(c));
    }
}
