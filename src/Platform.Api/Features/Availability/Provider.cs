using Platform.Tenancy;

namespace Platform.Api.Features.Availability;

/// <summary>
/// A member who delivers offerings, with the IANA zone their weekly hours are written in. One per
/// membership; the person's name comes from their account.
/// </summary>
public sealed class Provider : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid MembershipId { get; set; }

    public string TimeZone { get; set; } = "UTC";

    public DateTimeOffset CreatedAt { get; set; }
}
