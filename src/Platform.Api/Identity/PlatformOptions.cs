using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Identity;

/// <summary>Configuration section <c>Platform</c>: where Platform is reached, and who runs it.</summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    /// <summary>
    /// The public base URL: the OAuth issuer and the links in emails. Required outside Development and
    /// Testing (behind an ingress the listening address is internal); otherwise the listening address.
    /// </summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>Emails of the platform administrators (<see cref="PlatformAdministrators"/>).</summary>
    [Required]
    public List<string> Administrators { get; set; } = [];
}
