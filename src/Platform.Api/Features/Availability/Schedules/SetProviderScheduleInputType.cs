using GraphQL.Types;

namespace Platform.Api.Features.Availability.Schedules;

public sealed class SetProviderScheduleInputType : InputObjectGraphType<SetProviderScheduleInput>
{
    public SetProviderScheduleInputType()
    {
        Name = "SetProviderScheduleInput";
        Field<NonNullGraphType<IdGraphType>>("membershipId");
        Field(i => i.TimeZone).Description("IANA zone, e.g. America/New_York.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeeklyHoursInputType>>>>("weeklyHours")
            .Description("Replaces all weekly hours.");
    }
}
