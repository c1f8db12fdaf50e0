namespace Platform.Api.Features.Notifications.Outbox;

// The JSON shapes of OutboxEvent.Data for the events code writes (serialized camelCase by Outbox.New).

/// <summary><c>member.added</c> / <c>member.removed</c>.</summary>
public sealed record MemberData(Guid MembershipId, Guid UserId, string? StaffRole, IReadOnlyList<string> CustomerRoles);

/// <summary><c>waitlist.offered</c>: the seats held for the waitlisted customer until <paramref name="OfferExpiresAt"/>.</summary>
public sealed record WaitlistOfferData(Guid WaitlistEntryId, Guid BookingId, Guid CustomerUserId, DateTimeOffset OfferExpiresAt);

/// <summary><c>payout.failed</c>.</summary>
public sealed record PayoutFailedData(Guid PayoutId, string StripePayoutId, long Amount, string Currency, string? FailureCode);

/// <summary><c>invitation</c>: the link carries the token (only its hash is stored), so it travels in the event.</summary>
public sealed record InvitationData(Guid InvitationId, string Email, string Link, DateTimeOffset ExpiresAt, Guid? InvitedByUserId);

/// <summary><c>webhook_endpoint.disabled</c>.</summary>
public sealed record WebhookEndpointDisabledData(Guid EndpointId, string Url, string Reason);

/// <summary><c>webhook.test</c>: an administrator asked for a test call to one endpoint.</summary>
public sealed record WebhookTestData(Guid EndpointId);

/// <summary><c>calendar.connection_lost</c>: the provider's calendar connection stopped working.</summary>
public sealed record CalendarConnectionLostData(Guid ProviderId, string CalendarProvider, string Reason);

/// <summary><c>calendar.conflict</c>: an outside event over a confirmed booking (the event's booking id is the booking).</summary>
public sealed record CalendarConflictData(Guid BookingId, Guid ProviderId, DateTimeOffset BusyFrom, DateTimeOffset BusyUntil);
