using Platform.Tenancy;

namespace Platform.Api.Features.Calendars;

/// <summary>
/// An outside event that appeared over a confirmed booking. Flagged to the host (a field on the booking and an email),
/// never acted on: the booking stands until someone decides.
/// </summary>
public sealed class CalendarConflict : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid BookingId { get; set; }

    public Guid ConnectionId { get; set; }

    /// <summary>The busy interval's external id (calendar and event), so one event is flagged once.</summary>
    public string ExternalId { get; set; } = "";

    public DateTimeOffset BusyFrom { get; set; }

    public DateTimeOffset BusyUntil { get; set; }

    public DateTimeOffset DetectedAt { get; set; }
}
