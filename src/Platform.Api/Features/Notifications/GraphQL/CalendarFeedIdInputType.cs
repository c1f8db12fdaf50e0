using GraphQL.Types;

namespace Platform.Api.Features.Notifications.GraphQL;

/// <summary>The input of revokeCalendarFeed: which feed.</summary>
public sealed class CalendarFeedIdInputType : InputObjectGraphType
{
    public CalendarFeedIdInputType()
    {
        Name = "CalendarFeedIdInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
