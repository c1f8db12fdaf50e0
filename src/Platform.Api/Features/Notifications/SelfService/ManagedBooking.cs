using NodaTime;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Offerings.Domain;
using Platform.Tenancy;

namespace Platform.Api.Features.Notifications.SelfService;

/// <summary>A booking as its self-service link shows it: what, when (in the organization's zone), with whom.</summary>
/// <param name="CancelRefusal">Why the customer cannot cancel it now; null when they can.</param>
/// <param name="RescheduleRefusal">Why the customer cannot move it now; null when they can.</param>
/// <param name="Refund">What cancelling now would refund, by the booking's terms.</param>
public sealed record ManagedBooking(
    Tenant Tenant,
    Booking Booking,
    string OfferingName,
    string ProviderName,
    DateTimeZone Zone,
    RefundDecision Refund,
    string? CancelRefusal,
    string? RescheduleRefusal);
