using Platform.Tenancy;

namespace Platform.Api.Features.Availability;

/// <summary>A closed period: organization-wide when <see cref="ProviderId"/> is null (holidays), else one provider's.</summary>
public sealed class Blackout : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid? ProviderId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public string? Reason { get; set; }
}
