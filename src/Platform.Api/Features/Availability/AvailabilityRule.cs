using Platform.Tenancy;

namespace Platform.Api.Features.Availability;

/// <summary>A weekly window: ISO day (1 = Monday) and local minutes [StartMinute, EndMinute), 1440 = midnight after.</summary>
public sealed class AvailabilityRule : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ProviderId { get; set; }

    public int DayOfWeek { get; set; }

    public int StartMinute { get; set; }

    public int EndMinute { get; set; }
}
