using NodaTime;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>A recurring weekly window in the provider's own zone, e.g. Monday 09:00–17:00.</summary>
public sealed record WeeklyWindow(IsoDayOfWeek Day, MinuteRange Hours);
