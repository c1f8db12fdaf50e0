using GraphQL.Types;

namespace Platform.Api.Features.Availability.GraphQL;

public sealed class BusyIntervalType : ObjectGraphType<BusyInterval>
{
    public BusyIntervalType()
    {
        Name = "BusyInterval";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt").Resolve(c => c.Source.EndsAt);
        Field(b => b.Source).Description("Where it came from, e.g. google or outlook.");
    }
}
