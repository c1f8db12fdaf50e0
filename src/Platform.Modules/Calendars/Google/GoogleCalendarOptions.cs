using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Calendars.Google;

/// <summary>
/// Configuration section <c>Calendars:Google</c>: the platform's OAuth app in Google Cloud (a "Web application" client)
/// and the endpoints, which tests point at the in-repo fake. Without a client id and secret, Google Calendar is off.
/// The secret comes from the environment (<c>Calendars__Google__ClientSecret</c>), never from the repository.
/// </summary>
public sealed class GoogleCalendarOptions
{
    public const string Section = "Calendars:Google";

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    [Required]
    [Url]
    public string AuthorizationEndpoint { get; set; } = "https://accounts.google.com/o/oauth2/v2/auth";

    [Required]
    [Url]
    public string TokenEndpoint { get; set; } = "https://oauth2.googleapis.com/token";

    /// <summary>The Calendar API root, ending in a slash so relative paths resolve under it.</summary>
    [Required]
    [Url]
    public string ApiBase { get; set; } = "https://www.googleapis.com/calendar/v3/";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
