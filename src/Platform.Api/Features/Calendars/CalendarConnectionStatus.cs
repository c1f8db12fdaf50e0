namespace Platform.Api.Features.Calendars;

public enum CalendarConnectionStatus
{
    /// <summary>Waiting for the provider to consent (OAuth); nothing is read or written yet.</summary>
    Pending,

    /// <summary>Synced on schedule; bookings are written to it.</summary>
    Active,

    /// <summary>The grant was revoked or the feed is gone: no longer called; its last busy times stand until disconnected.</summary>
    Broken,
}
