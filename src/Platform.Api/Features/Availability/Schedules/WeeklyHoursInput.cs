using NodaTime;

namespace Platform.Api.Features.Availability.Schedules;

public sealed record WeeklyHoursInput(IsoDayOfWeek DayOfWeek, string Start, string End);
