using GraphQL.Types;

namespace Platform.Api.Features.Availability.Schedules;

public sealed class TimeRangeInputType : InputObjectGraphType<TimeRangeInput>
{
    public TimeRangeInputType()
    {
        Name = "TimeRangeInput";
        Field(i => i.Start);
        Field(i => i.End);
    }
}
