namespace Platform.Api.Identity.Profile;

/// <summary>What a person may change about themselves; null leaves a part as it is, "" clears language and time zone.</summary>
public sealed record UpdateProfileInput(string? DisplayName, string? PreferredLanguage, string? TimeZone);
