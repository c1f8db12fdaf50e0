using GraphQL.Types;
using Platform.Api.Features.Availability.Schedules;

namespace Platform.Api.Features.Availability.GraphQL;

public sealed class WeeklyHoursType : ObjectGraphType<WeeklyHours>
{
    public WeeklyHoursType()
    {
        Name = "WeeklyHours";
        Field<NonNullGraphType<DayOfWeekEnum>>("dayOfWeek").Resolve(c => c.Source.DayOfWeek);
        Field<NonNullGraphType<StringGraphType>>("start")
            .Description("Local HH:mm.")
            .Resolve(c => AvailabilityRules.FormatMinute(c.Source.StartMinute));
        Field<NonNullGraphType<StringGraphType>>("end")
            .Description("Local HH:mm; 24:00 is midnight.")
            .Resolve(c => AvailabilityRules.FormatMinute(c.Source.EndMinute));
    }
}
