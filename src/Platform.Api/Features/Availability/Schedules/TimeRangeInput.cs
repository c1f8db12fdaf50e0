namespace Platform.Api.Features.Availability.Schedules;

/// <summary>Local clock times as "HH:mm"; an end of "24:00" means the following midnight.</summary>
public sealed record TimeRangeInput(string Start, string End);
