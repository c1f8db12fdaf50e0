using GraphQL.Types;
using Platform.Api.Features.Notifications.Calendar;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Notifications.GraphQL;

public sealed class CalendarFeedPayloadType : ObjectGraphType<CalendarFeedPayload>
{
    public CalendarFeedPayloadType()
    {
        Name = "CalendarFeedPayload";
        Field<CalendarFeedType>("feed").Resolve(c => c.Source.Feed);
        Field<StringGraphType>("url")
            .Description("Only in the answer to createCalendarFeed: the secret .ics address to subscribe to. It is never shown again.")
            .Resolve(c => c.Source.Url);
        this.AddUserErrors();
    }
}
