using Platform.Api.Features.Availability.GraphQL;

namespace Platform.Api.Features.Availability.Schedules;

public sealed record SetProviderScheduleInput(string MembershipId, string TimeZone, IReadOnlyList<WeeklyHoursInput> WeeklyHours);
