using GraphQL.Types;

namespace Platform.Api.Features.Calendars.GraphQL;

public sealed class CalendarConnectionStatusEnum : EnumerationGraphType<CalendarConnectionStatus>
{
    public CalendarConnectionStatusEnum()
    {
        Name = "CalendarConnectionStatus";
        Description = "PENDING (waiting for consent), ACTIVE (synced), BROKEN (access revoked or feed gone: connect it again).";
    }
}
