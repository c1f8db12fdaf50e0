using GraphQL.Types;
using NodaTime.Text;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.Features.Availability.Schedules;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability.GraphQL;

public sealed class TimeRangeType : ObjectGraphType<MinuteRange>
{
    public TimeRangeType()
    {
        Name = "TimeRange";
        Field<NonNullGraphType<StringGraphType>>("start").Resolve(c => AvailabilityRules.FormatMinute(c.Source.StartMinute));
        Field<NonNullGraphType<StringGraphType>>("end").Resolve(c => AvailabilityRules.FormatMinute(c.Source.EndMinute));
    }
}
