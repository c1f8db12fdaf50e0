using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Availability.Providers;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability.GraphQL;

public sealed class ProviderType : ObjectGraphType<Provider>
{
    public const string TypeName = "Provider";

    public ProviderType()
    {
        this.ImplementNode(TypeName, p => p.Id);
        Description = "A member who delivers offerings, with weekly hours in their own time zone.";
        Field<NonNullGraphType<StringGraphType>>("displayName").Resolve(c => c.Loaders().ProviderNames(c.Db()).Load(c.Source.Id));
        Field(p => p.TimeZone).Description("IANA zone the weekly hours are written in.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeeklyHoursType>>>>("weeklyHours")
            .Description("Recurring hours, Monday first.")
            .WithComplexityImpact(1, 7)
            .Resolve(c => c.Loaders().WeeklyHoursByProvider(c.Db()).Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferingType>>>>("offerings")
            .Description("Active offerings this provider delivers.")
            .WithComplexityImpact(1, 5)
            .Resolve(c => c.Loaders().OfferingsByProvider(c.Db()).Load(c.Source.Id));
        Field<NonNullGraphType<MembershipType>>("membership")
            .RequireStaff()
            .Resolve(c => c.Loaders().MembershipsById(c.Db()).Load(c.Source.MembershipId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateOverrideType>>>>("dateOverrides")
            .Description("Dates whose hours differ from the week, in [from, to]. Staff only.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .RequireStaff()
            .Resolve(c =>
                ProviderRanges.Dates(c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to")) is var (from, to)
                    ? c.Loaders().DateOverridesByProvider(c.Db(), from, to).Load(c.Source.Id)
                    : throw new ExecutionError($"Ask for at most {ProviderRanges.MaxDays} days, 'to' not before 'from'.")
                    {
                        Code = "INVALID_RANGE",
                    }
            );
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusyIntervalType>>>>("busyIntervals")
            .Description("Busy times from connected calendars overlapping [from, to). Staff only.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .RequireStaff()
            .Resolve(c =>
                ProviderRanges.Instants(c.GetArgument<DateTimeOffset>("from"), c.GetArgument<DateTimeOffset>("to")) is var (from, to)
                    ? c.Loaders().BusyByProvider(c.Db(), from, to).Load(c.Source.Id)
                    : throw new ExecutionError($"Ask for at most {ProviderRanges.MaxDays} days, 'to' after 'from'.")
                    {
                        Code = "INVALID_RANGE",
                    }
            );
    }
}
