using GraphQL.Types;

namespace Platform.Api.Features.Availability.Schedules;

public sealed class SetDateOverrideInputType : InputObjectGraphType<SetDateOverrideInput>
{
    public SetDateOverrideInputType()
    {
        Name = "SetDateOverrideInput";
        Field<NonNullGraphType<IdGraphType>>("providerId");
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("A date in the provider's zone.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimeRangeInputType>>>>("hours")
            .Description("That day's hours; empty for a day off.");
    }
}
