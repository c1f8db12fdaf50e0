using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Notifications.Calendar;

/// <param name="Url">The secret subscription address, only in the answer to createCalendarFeed.</param>
public sealed record CalendarFeedPayload(CalendarFeed? Feed, string? Url = null) : Payload
{
    public static CalendarFeedPayload Fail(string code, string message, string? field = null) =>
        new(Feed: null) { UserErrors = [new UserError(code, message, field)] };
}
