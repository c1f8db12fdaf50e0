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

    /// <summary>
    /// What this process does (<see cref="PlatformRole"/>): <c>api</c> serves GraphQL, sign-in and the pages; <c>worker</c> only
    /// the background work. The program's first argument (<c>api</c>, <c>worker</c>) sets it too.
    /// </summary>
    [AllowedValues(PlatformRole.Api, PlatformRole.Worker)]
    public string Role { get; set; } = PlatformRole.Api;

    /// <summary>Emails of the platform administrators (<see cref="PlatformAdministrators"/>).</summary>
    [Required]
    public List<string> Administrators { get; set; } = [];
}
