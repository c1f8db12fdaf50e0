using Microsoft.AspNetCore.Identity;

namespace Platform.Api.Identity;

/// <summary>A global account; one user can belong to many organizations through memberships.</summary>
public sealed class User : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>The language this person reads messages in (en, de); null follows the organization's default.</summary>
    public string? PreferredLanguage { get; set; }

    /// <summary>The IANA time zone their messages show times in; null follows the organization's.</summary>
    public string? TimeZone { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
