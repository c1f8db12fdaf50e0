using Platform.Tenancy;

namespace Platform.Api.Features.Video;

/// <summary>
/// The room of one booking: made on confirmation, moved on reschedule, ended on cancellation. The host link is
/// protected at rest (with some services it carries an owner token).
/// </summary>
public sealed class BookingVideoRoom : ITenantOwned
{
    public Guid BookingId { get; set; }

    public Guid TenantId { get; set; }

    public string Provider { get; set; } = "";

    public string RoomId { get; set; } = "";

    public string RoomName { get; set; } = "";

    public string JoinUrl { get; set; } = "";

    public string ProtectedHostUrl { get; set; } = "";

    /// <summary>The booking's times the room was last made or moved for (a reschedule differs from these).</summary>
    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
