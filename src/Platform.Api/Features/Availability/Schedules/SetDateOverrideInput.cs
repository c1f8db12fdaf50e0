namespace Platform.Api.Features.Availability.Schedules;

public sealed record SetDateOverrideInput(string ProviderId, DateOnly Date, IReadOnlyList<TimeRangeInput> Hours);
