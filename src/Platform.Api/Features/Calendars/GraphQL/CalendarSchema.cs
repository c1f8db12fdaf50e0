using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Calendars.Connections;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Calendars.GraphQL;

/// <summary>Calendar connections' root fields: providers manage their own, administrators anyone's.</summary>
public static class CalendarSchema
{
    public static void AddCalendarQueries(this ObjectGraphType query)
    {
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<CalendarConnectionType>>>>("calendarConnections")
            .Description("Connected calendars, oldest first: the caller's own, or (administrators) everyone's or one provider's.")
            .Argument<IdGraphType>("providerId")
            .RequireMember()
            .ResolveAsync(async c => await c.Service<CalendarConnectionAdministration>()
                .ListAsync(c.Caller(), c.GetArgument<string?>("providerId"), c.CancellationToken));
    }

    public static void AddCalendarMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<ConnectCalendarPayloadType>>("connectCalendar")
            .Description("Starts connecting a Google or Microsoft calendar: returns the consent URL to open (OAuth with PKCE).")
            .Argument<NonNullGraphType<ConnectCalendarInputType>>("input")
            .RequireMember()
            .ResolveAsync(async c => await c.Service<CalendarConnectService>()
                .ConnectAsync(c.Caller(), c.GetArgument<ConnectCalendarInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<CalendarConnectionPayloadType>>("addIcsCalendar")
            .Description("Subscribes to a calendar's secret ICS address (read-only); it is fetched once now to check it.")
            .Argument<NonNullGraphType<AddIcsCalendarInputType>>("input")
            .RequireMember()
            .ResolveAsync(async c => await c.Service<IcsSubscriptions>()
                .AddAsync(c.Caller(), c.GetArgument<AddIcsCalendarInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<CalendarConnectionPayloadType>>("setCalendarSelection")
            .Description("Chooses which calendars block time and which one receives bookings; a full sync follows at once.")
            .Argument<NonNullGraphType<SetCalendarSelectionInputType>>("input")
            .RequireMember()
            .ResolveAsync(async c => await c.Service<CalendarConnectionAdministration>()
                .SelectAsync(c.Caller(), c.GetArgument<SetCalendarSelectionInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<CalendarConnectionPayloadType>>("syncCalendar")
            .Description("Reads the calendar now instead of at its next turn.")
            .Argument<NonNullGraphType<CalendarConnectionIdInputType>>("input")
            .RequireMember()
            .ResolveAsync(async c => await c.Service<CalendarConnectionAdministration>()
                .SyncNowAsync(c.Caller(), c.GetArgument<CalendarConnectionIdInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<DisconnectCalendarPayloadType>>("disconnectCalendar")
            .Description("Removes the connection and its tokens; its busy times stop blocking at once. Events written stay.")
            .Argument<NonNullGraphType<CalendarConnectionIdInputType>>("input")
            .RequireMember()
            .ResolveAsync(async c => await c.Service<CalendarConnectionAdministration>()
                .DisconnectAsync(c.Caller(), c.GetArgument<CalendarConnectionIdInput>("input"), c.CancellationToken));
    }
}
