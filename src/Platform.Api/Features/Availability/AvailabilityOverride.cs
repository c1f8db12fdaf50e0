using Platform.Tenancy;

namespace Platform.Api.Features.Availability;

/// <summary>
/// The hours of one local date, replacing the weekly rules. A row without minutes marks the day off;
/// several rows on one date give several windows.
/// </summary>
public sealed class AvailabilityOverride : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ProviderId { get; set; }

    public DateOnly Date { get; set; }

    public int? StartMinute { get; set; }

    public int? EndMinute { get; set; }
}
