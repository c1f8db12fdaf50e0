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

/// <summary>A busy time from a provider's external calendar; calendar sync fills and replaces these.</summary>
public sealed class BusyInterval : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ProviderId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    /// <summary>Where it came from, e.g. google, outlook, manual.</summary>
    public string Source { get; set; } = "manual";

    public string? ExternalId { get; set; }
}
