namespace Platform.Api.Features.Availability.Schedules;

public sealed record SetProviderScheduleInput(string MembershipId, string TimeZone, IReadOnlyList<WeeklyHoursInput> WeeklyHours);
