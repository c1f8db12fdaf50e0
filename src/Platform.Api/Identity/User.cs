using Microsoft.AspNetCore.Identity;

namespace Platform.Api.Identity;

/// <summary>A global account; one user can belong to many organizations through memberships.</summary>
public sealed class User : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
