using System.Security.Cryptography;
using Platform.Api.Features.Organizations;

namespace Platform.Api.Features.Integrations.Domain;

/// <summary>The rules of API keys (integration clients): who may hand out which role, names, and client ids.</summary>
public static class ApiKeyRules
{
    public const int MaxNameLength = 200;

    /// <summary>
    /// Whether someone acting as <paramref name="actor"/> may create (or read a new secret of) a key acting as
    /// <paramref name="keyRole"/>: administrators only, and only owners hand out ownership, as with members.
    /// </summary>
    public static bool MayGrant(StaffRole? actor, StaffRole keyRole) =>
        actor is StaffRole.Owner || (actor is StaffRole.Admin && keyRole is not StaffRole.Owner);

    /// <summary>Null when the name is fine; else why not.</summary>
    public static string? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Name the key (what uses it)."
        : name.Trim().Length > MaxNameLength ? $"A name is at most {MaxNameLength} characters."
        : null;

    /// <summary>A new OAuth client id: <c>int_</c> and 24 random hex digits.</summary>
    public static string NewClientId() => "int_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
