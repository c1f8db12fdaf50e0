using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Notifications.Calendar;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Notifications.GraphQL;

/// <summary>The calendar feed's root fields: your feeds, create one, revoke one. Signed-in people, in an organization.</summary>
public static class CalendarFeedSchema
{
    public static void AddCalendarFeedQueries(this ObjectGraphType query)
    {
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<CalendarFeedType>>>>("calendarFeeds")
            .Description("Your calendar feeds in this organization, revoked ones too, newest first.")
            .RequireAuthentication()
            .ResolveAsync(async c => await c.Service<CalendarFeedService>().ListAsync(c.Caller(), c.CancellationToken));
    }

    public static void AddCalendarFeedMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<CalendarFeedPayloadType>>("createCalendarFeed")
            .Description(
                "A secret address (…/t/{slug}/calendar/{token}.ics) for calendar apps to subscribe to: your bookings here as a "
                    + "customer and as a provider, confirmed or awaiting the host, from a week ago on. Shown only here.")
            .RequireAuthentication()
            .ResolveAsync(async c => await c.Service<CalendarFeedService>().CreateAsync(c.Caller(), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<CalendarFeedPayloadType>>("revokeCalendarFeed")
            .Description("Stops a feed's address at once.")
            .Argument<NonNullGraphType<CalendarFeedIdInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c =>
                GlobalId.TryDecode(c.GetArgument<Dictionary<string, object?>>("input")["id"] as string, CalendarFeedType.TypeName) is { } id
                    ? await c.Service<CalendarFeedService>().RevokeAsync(c.Caller(), id, c.CancellationToken)
                    : CalendarFeedService.NotFound());
    }
}
