using Platform.Tenancy;

namespace Platform.Api.Features.Notifications;

/// <summary>
/// A person's secret calendar subscription URL in one organization: their upcoming bookings (as a customer, and as a
/// provider) as an iCalendar feed. Only the token's SHA-256 is kept; revoking it stops the URL at once.
/// </summary>
public sealed class CalendarFeed : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
