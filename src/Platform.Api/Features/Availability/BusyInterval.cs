using Platform.Tenancy;

namespace Platform.Api.Features.Availability;

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

    /// <summary>The calendar connection that wrote it (deleted with the connection); null for manual entries.</summary>
    public Guid? ConnectionId { get; set; }

    /// <summary>The connected calendar the event is in (one connection reads several).</summary>
    public string? CalendarId { get; set; }
}
