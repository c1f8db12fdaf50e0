using GraphQL.Types;

namespace Platform.Api.Features.Availability.GraphQL;

public sealed class DateOverrideType : ObjectGraphType<DateOverrideView>
{
    public DateOverrideType()
    {
        Name = "DateOverride";
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<BooleanGraphType>>("dayOff").Resolve(c => c.Source.Hours.Count == 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimeRangeType>>>>("hours").Resolve(c => c.Source.Hours);
    }
}
