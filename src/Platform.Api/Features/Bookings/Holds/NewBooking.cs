using NodaTime;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Pricing.Domain;

namespace Platform.Api.Features.Bookings.Holds;

/// <summary>Everything needed to write one booking; the flows (hold, series, waitlist) fill it in.</summary>
public sealed record NewBooking
{
    public required Offering Offering { get; init; }

    public required Guid ProviderId { get; init; }

    public required Instant Start { get; init; }

    public required Duration Length { get; init; }

    public int Seats { get; init; } = 1;

    public IReadOnlyList<Participant> Participants { get; init; } = [];

    public required BookingCustomer Customer { get; init; }

    public required PriceQuote Price { get; init; }

    public required BookingStatus Status { get; init; }

    public DateTimeOffset? HoldExpiresAt { get; init; }

    public DateTimeOffset? ConfirmationExpiresAt { get; init; }

    public Guid? CartId { get; init; }

    public Guid? SeriesId { get; init; }

    public int? SeriesIndex { get; init; }

    /// <summary>A waitlist promotion may take seats others are queueing for: it is the queue.</summary>
    public bool ForWaitlist { get; init; }

    public BookingActor Actor { get; init; } = BookingActor.Customer;

    public Guid? ActorUserId { get; init; }

    public string? Reason { get; init; }

    /// <summary>A fixed id, so an idempotency key can be claimed for it before it is written.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();
}
