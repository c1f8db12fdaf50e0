using NodaTime;

namespace Platform.Api.Features.Availability.GraphQL;

/// <summary>One weekly window as shown: a day and local "HH:mm" bounds.</summary>
public sealed record WeeklyHours(IsoDayOfWeek DayOfWeek, int StartMinute, int EndMinute);
