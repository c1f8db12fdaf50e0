using NodaTime;

namespace Platform.Api.Features.Availability;

/// <summary>Local clock times as "HH:mm"; an end of "24:00" means the following midnight.</summary>
public sealed record TimeRangeInput(string Start, string End);

public sealed record WeeklyHoursInput(IsoDayOfWeek DayOfWeek, string Start, string End);

public sealed record SetProviderScheduleInput(string MembershipId, string TimeZone, IReadOnlyList<WeeklyHoursInput> WeeklyHours);

public sealed record SetDateOverrideInput(string ProviderId, DateOnly Date, IReadOnlyList<TimeRangeInput> Hours);

public sealed record AddBlackoutInput(string? ProviderId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Reason);
