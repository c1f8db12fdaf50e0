using GraphQL;
using GraphQL.Types;
using NodaTime;
using NodaTime.Text;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Organizations;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability;

/// <summary>ISO days of the week, Monday first (NodaTime's <see cref="IsoDayOfWeek"/> without its None).</summary>
public sealed class DayOfWeekEnum : EnumerationGraphType
{
    public DayOfWeekEnum()
    {
        Name = "DayOfWeek";
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
            Add(day.ToString().ToUpperInvariant(), day);
    }
}

public sealed class ProviderType : ObjectGraphType<Provider>
{
    public const string TypeName = "Provider";

    public ProviderType()
    {
        this.ImplementNode(TypeName, p => p.Id);
        Description = "A member who delivers offerings, with weekly hours in their own time zone.";
        Field<NonNullGraphType<StringGraphType>>("displayName")
            .Resolve(c => c.Loaders().ProviderNames(c.Db()).Load(c.Source.Id));
        Field(p => p.TimeZone).Description("IANA zone the weekly hours are written in.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeeklyHoursType>>>>("weeklyHours")
            .Description("Recurring hours, Monday first.")
            .WithComplexityImpact(1, 7)
            .Resolve(c => c.Loaders().WeeklyHoursByProvider(c.Db()).Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferingType>>>>("offerings")
            .Description("Active offerings this provider delivers.")
            .WithComplexityImpact(1, 5)
            .Resolve(c => c.Loaders().OfferingsByProvider(c.Db()).Load(c.Source.Id));
        Field<NonNullGraphType<MembershipType>>("membership").RequireStaff()
            .Resolve(c => c.Loaders().MembershipsById(c.Db()).Load(c.Source.MembershipId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateOverrideType>>>>("dateOverrides")
            .Description("Dates whose hours differ from the week, in [from, to]. Staff only.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .RequireStaff()
            .Resolve(c => ProviderRanges.Dates(c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to")) is var (from, to)
                ? c.Loaders().DateOverridesByProvider(c.Db(), from, to).Load(c.Source.Id)
                : throw new ExecutionError($"Ask for at most {ProviderRanges.MaxDays} days, 'to' not before 'from'.") { Code = "INVALID_RANGE" });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusyIntervalType>>>>("busyIntervals")
            .Description("Busy times from connected calendars overlapping [from, to). Staff only.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .RequireStaff()
            .Resolve(c => ProviderRanges.Instants(c.GetArgument<DateTimeOffset>("from"), c.GetArgument<DateTimeOffset>("to")) is var (from, to)
                ? c.Loaders().BusyByProvider(c.Db(), from, to).Load(c.Source.Id)
                : throw new ExecutionError($"Ask for at most {ProviderRanges.MaxDays} days, 'to' after 'from'.") { Code = "INVALID_RANGE" });
    }
}

/// <summary>One weekly window as shown: a day and local "HH:mm" bounds.</summary>
public sealed record WeeklyHours(IsoDayOfWeek DayOfWeek, int StartMinute, int EndMinute);

public sealed class WeeklyHoursType : ObjectGraphType<WeeklyHours>
{
    public WeeklyHoursType()
    {
        Name = "WeeklyHours";
        Field<NonNullGraphType<DayOfWeekEnum>>("dayOfWeek").Resolve(c => c.Source.DayOfWeek);
        Field<NonNullGraphType<StringGraphType>>("start").Description("Local HH:mm.").Resolve(c => AvailabilityRules.FormatMinute(c.Source.StartMinute));
        Field<NonNullGraphType<StringGraphType>>("end").Description("Local HH:mm; 24:00 is midnight.").Resolve(c => AvailabilityRules.FormatMinute(c.Source.EndMinute));
    }
}

/// <summary>A date's replacement hours; empty hours mean a day off.</summary>
public sealed record DateOverrideView(DateOnly Date, IReadOnlyList<MinuteRange> Hours);

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

public sealed class TimeRangeType : ObjectGraphType<MinuteRange>
{
    public TimeRangeType()
    {
        Name = "TimeRange";
        Field<NonNullGraphType<StringGraphType>>("start").Resolve(c => AvailabilityRules.FormatMinute(c.Source.StartMinute));
        Field<NonNullGraphType<StringGraphType>>("end").Resolve(c => AvailabilityRules.FormatMinute(c.Source.EndMinute));
    }
}

public sealed class BlackoutType : ObjectGraphType<Blackout>
{
    public const string TypeName = "Blackout";

    public BlackoutType()
    {
        this.ImplementNode(TypeName, b => b.Id);
        Description = "A closed period: the whole organization's when provider is null, else one provider's.";
        Field<ProviderType>("provider").Resolve(c => c.Source.ProviderId is { } id ? c.Loaders().ProvidersById(c.Db()).Load(id) : null);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt").Resolve(c => c.Source.EndsAt);
        Field(b => b.Reason, nullable: true);
    }
}

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

/// <summary>A slot shown in the zone the viewer asked in.</summary>
public sealed record SlotView(Slot Slot, DateTimeZone Zone);

public sealed class AvailableSlotType : ObjectGraphType<SlotView>
{
    private static readonly OffsetDateTimePattern LocalPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    public AvailableSlotType()
    {
        Name = "AvailableSlot";
        Description = "A bookable start: the instant, its local time in the asked zone, the provider and the seats left.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Description("UTC instant.").Resolve(c => c.Source.Slot.Start.ToDateTimeOffset());
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("end").Resolve(c => c.Source.Slot.End.ToDateTimeOffset());
        Field<NonNullGraphType<StringGraphType>>("localStart")
            .Description("The start in the asked zone with its offset, e.g. 2026-03-08T09:00:00-04:00.")
            .Resolve(c => LocalPattern.Format(c.Source.Slot.Start.InZone(c.Source.Zone).ToOffsetDateTime()));
        Field<NonNullGraphType<DateOnlyGraphType>>("localDate").Resolve(c => c.Source.Slot.Start.InZone(c.Source.Zone).Date.ToDateOnly());
        Field<NonNullGraphType<ProviderType>>("provider").Resolve(c => c.Loaders().ProvidersById(c.Db()).Load(c.Source.Slot.ProviderId));
        Field<NonNullGraphType<IntGraphType>>("remainingSeats").Resolve(c => c.Source.Slot.RemainingSeats);
    }
}

public sealed class AvailableSlotsType : ObjectGraphType<SlotSearchResult>
{
    public AvailableSlotsType()
    {
        Name = "AvailableSlots";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AvailableSlotType>>>>("slots")
            .Description("Earliest first; empty when the question was invalid (see userErrors).")
            .Resolve(c => c.Source.Zone is { } zone ? c.Source.Slots.Select(s => new SlotView(s, zone)).ToList() : []);
        Field<StringGraphType>("timeZone").Description("The zone local times are shown in.").Resolve(c => c.Source.Zone?.Id);
        this.AddUserErrors();
    }
}

public sealed class WeeklyHoursInputType : InputObjectGraphType<WeeklyHoursInput>
{
    public WeeklyHoursInputType()
    {
        Name = "WeeklyHoursInput";
        Field<NonNullGraphType<DayOfWeekEnum>>("dayOfWeek");
        Field(i => i.Start).Description("Local HH:mm.");
        Field(i => i.End).Description("Local HH:mm; 24:00 for midnight.");
    }
}

public sealed class TimeRangeInputType : InputObjectGraphType<TimeRangeInput>
{
    public TimeRangeInputType()
    {
        Name = "TimeRangeInput";
        Field(i => i.Start);
        Field(i => i.End);
    }
}

public sealed class SetProviderScheduleInputType : InputObjectGraphType<SetProviderScheduleInput>
{
    public SetProviderScheduleInputType()
    {
        Name = "SetProviderScheduleInput";
        Field<NonNullGraphType<IdGraphType>>("membershipId");
        Field(i => i.TimeZone).Description("IANA zone, e.g. America/New_York.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeeklyHoursInputType>>>>("weeklyHours").Description("Replaces all weekly hours.");
    }
}

public sealed class SetDateOverrideInputType : InputObjectGraphType<SetDateOverrideInput>
{
    public SetDateOverrideInputType()
    {
        Name = "SetDateOverrideInput";
        Field<NonNullGraphType<IdGraphType>>("providerId");
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("A date in the provider's zone.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimeRangeInputType>>>>("hours").Description("That day's hours; empty for a day off.");
    }
}

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

public sealed class ProviderPayloadType : ObjectGraphType<ProviderPayload>
{
    public ProviderPayloadType()
    {
        Name = "ProviderPayload";
        Field<ProviderType>("provider").Resolve(c => c.Source.Provider);
        this.AddUserErrors();
    }
}

public sealed class BlackoutPayloadType : ObjectGraphType<BlackoutPayload>
{
    public BlackoutPayloadType()
    {
        Name = "BlackoutPayload";
        Field<BlackoutType>("blackout").Resolve(c => c.Source.Blackout);
        this.AddUserErrors();
    }
}

public sealed class RemoveBlackoutPayloadType : ObjectGraphType<RemoveBlackoutPayload>
{
    public RemoveBlackoutPayloadType()
    {
        Name = "RemoveBlackoutPayload";
        Field<IdGraphType>("removedBlackoutId").Resolve(c => c.Source.RemovedBlackoutId is { } id ? GlobalId.Encode(BlackoutType.TypeName, id) : null);
        this.AddUserErrors();
    }
}

