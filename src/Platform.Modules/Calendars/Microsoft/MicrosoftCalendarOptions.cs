using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Calendars.Microsoft;

/// <summary>
/// Configuration section <c>Calendars:Microsoft</c>: the platform's app registration in Microsoft Entra ID. The secret
/// comes from the environment or user secrets (<c>Calendars__Microsoft__ClientSecret</c>). Without an id and a secret,
/// Microsoft 365 calendars cannot be connected.
/// </summary>
public sealed class MicrosoftCalendarOptions
{
    public const string Section = "Calendars:Microsoft";

    /// <summary>The application (client) id of the app registration.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>
    /// Which accounts may sign in: <c>common</c> (work, school and personal accounts), <c>organizations</c>,
    /// <c>consumers</c>, or one directory's id.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9.-]+$", ErrorMessage = "{0} must be common, organizations, consumers or a tenant id")]
    public string Tenant { get; set; } = "common";

    /// <summary>The identity platform's root; the tenant and <c>oauth2/v2.0/…</c> follow it (tests point it at a fake).</summary>
    [Required]
    [Url]
    public string AuthorityBase { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Microsoft Graph's root, version included (national clouds and tests use another).</summary>
    [Required]
    [Url]
    public string GraphBase { get; set; } = "https://graph.microsoft.com/v1.0";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
