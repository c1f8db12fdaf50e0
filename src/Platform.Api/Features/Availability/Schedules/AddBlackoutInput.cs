namespace Platform.Api.Features.Availability.Schedules;

public sealed record AddBlackoutInput(string? ProviderId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Reason);
