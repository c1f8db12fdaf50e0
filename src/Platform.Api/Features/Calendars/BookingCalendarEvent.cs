using Platform.Tenancy;

namespace Platform.Api.Features.Calendars;

/// <summary>
/// The outside event a booking was written as, per connection: what a reschedule updates and a cancellation deletes.
/// One row per (booking, connection); its external id is also how sync recognises the platform's own events.
/// </summary>
public sealed class BookingCalendarEvent : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid BookingId { get; set; }

    public Guid ConnectionId { get; set; }

    public string CalendarId { get; set; } = "";

    public string ExternalEventId { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
