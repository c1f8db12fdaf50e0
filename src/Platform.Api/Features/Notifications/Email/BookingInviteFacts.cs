namespace Platform.Api.Features.Notifications.Email;

/// <summary>What an invite says about a booking.</summary>
public sealed record BookingInviteFacts(
    Guid BookingId,
    string Summary,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Location,
    string OrganizerName,
    string OrganizerEmail,
    string? AttendeeEmail,
    string? AttendeeName);
