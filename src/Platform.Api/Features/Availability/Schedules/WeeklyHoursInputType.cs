using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;

namespace Platform.Api.Features.Availability.Schedules;

public sealed class WeeklyHoursInputType : InputObjectGraphType<WeeklyHoursInput>
{
    public WeeklyHoursInputType()
    {
        Name = "WeeklyHoursInput";
        Field<NonNullGraphType<DayOfWeekEnum>>("dayOfWeek");
        Field(i => i.Start).Description("Local HH:mm.");
        Field(i => i.End).Description("Local HH:mm; 24:00 for midnight.");
    }
}
