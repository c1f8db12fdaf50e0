using GraphQL.Types;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.Features.Availability.Schedules;

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
