namespace Platform.Api.Features.Notifications.Recipients;

/// <summary>A person a message goes to, with what it should be written in: their language and time zone.</summary>
public sealed record Recipient(string Email, string? Name, string Language, string TimeZone, Guid? UserId = null);
