namespace Platform.Api.Features.Bookings;

/// <summary>
/// Global (no RLS): which organizations hold guest bookings for an email, so signing up with that
/// email can attach them without visiting every organization. Holds no booking data; the attaching
/// itself runs under each organization, through row-level security.
/// </summary>
public sealed class GuestEmailClaim
{
    public string Email { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
