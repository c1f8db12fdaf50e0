using GraphQL.Types;

namespace Platform.Api.Features.Availability.Schedules;

public sealed class AddBlackoutInputType : InputObjectGraphType<AddBlackoutInput>
{
    public AddBlackoutInputType()
    {
        Name = "AddBlackoutInput";
        Field<IdGraphType>("providerId").Description("Null closes the whole organization (administrators only).");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt");
        Field(i => i.Reason, nullable: true);
    }
}
