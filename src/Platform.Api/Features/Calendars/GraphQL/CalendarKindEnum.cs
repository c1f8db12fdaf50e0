using GraphQL.Types;
using Platform.Modules.Calendars;

namespace Platform.Api.Features.Calendars.GraphQL;

public sealed class CalendarKindEnum : EnumerationGraphType<CalendarKind>
{
    public CalendarKindEnum()
    {
        Name = "CalendarKind";
        Description = "GOOGLE (Google Calendar), MICROSOFT (Microsoft 365 / Outlook), ICS (a read-only subscription URL).";
    }
}
