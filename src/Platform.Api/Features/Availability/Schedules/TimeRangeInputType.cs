using GraphQL.Types;
using NodaTime.Text;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

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
