using Platform.Tenancy;

namespace Platform.Api.Features.Organizations;

/// <summary>
/// An organization-defined customer role (e.g. <c>member</c>, <c>resident_artist</c>, <c>student</c>) that pricing keys on.
/// </summary>
public sealed class CustomerRole : ITenantOwned
{
    /// <summary>Every customer has this role implicitly; it cannot be defined or assigned.</summary>
    public const string Public = "public";

    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
