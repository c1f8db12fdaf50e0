using GraphQL.Types;

namespace Platform.Api.Features.Calendars.GraphQL;

public sealed class CalendarConflictType : ObjectGraphType<CalendarConflict>
{
    public CalendarConflictType()
    {
        Name = "CalendarConflict";
        Description = "An outside calendar event over a confirmed booking, flagged to the host; the booking is not changed by it.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("busyFrom").Resolve(c => c.Source.BusyFrom);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("busyUntil").Resolve(c => c.Source.BusyUntil);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("detectedAt").Resolve(c => c.Source.DetectedAt);
    }
}
