using GraphQL.Types;
using NodaTime.Text;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

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
